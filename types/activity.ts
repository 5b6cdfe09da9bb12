// 志愿服务: activities with places and a waitlist, check-in on site by a code that changes every
// 30 s, hours computed on the server and confirmed by the leader into service records that carry
// every field 《志愿服务记录与证明出具办法（试行）》 names, and certificates anyone can verify.
import { z } from 'zod'
import {
  DownloadFile,
  FileId,
  Id,
  IsoDate,
  Month,
  PageQuery,
  pageOf,
  enumOf,
  text,
  wholeNumber,
} from './common'

export const ACTIVITY_CATEGORIES = {
  patrol: '平安巡逻',
  civility: '文明经营劝导',
  sorting: '垃圾分类',
  elderly: '敬老助老',
  convenience: '便民服务',
  other: '其他',
} as const
export type ActivityCategory = keyof typeof ACTIVITY_CATEGORIES
export const ActivityCategory = enumOf(ACTIVITY_CATEGORIES, '请选择活动类别')

/** The rules' numbers, in one place. */
export const ACTIVITY_RULES = {
  /** Check-in opens this long before the start. */
  checkInOpensMinutes: 30,
  /** Check-out is accepted until this long after the end (hours still stop at the end). */
  checkOutClosesMinutes: 120,
  /** The leader's code changes every this many seconds; only the current one is accepted. */
  codePeriodSeconds: 30,
  /** Cancelling later than this before the start is recorded as a late cancel. */
  freeCancelHours: 2,
  /** Records not confirmed this many working days after the end are flagged to the committee. */
  confirmWithinWorkingDays: 10,
  /** This many absences within `absenceWindowDays` pause sign-ups for `pauseDays`. */
  absenceLimit: 3,
  absenceWindowDays: 90,
  pauseDays: 30,
  /** Volunteers are reminded this long before the start. */
  reminderHours: 24,
  maxCapacity: 500,
  maxWaitlist: 500,
  maxRepeatWeeks: 12,
} as const

/** Who may sign up: everyone, verified Party members, or the members of one branch. */
export const Audience = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('everyone') }),
    z.object({ kind: z.literal('members') }),
    z.object({ kind: z.literal('branch'), orgId: Id }),
  ],
  { error: '请选择报名范围' },
)
export type Audience = z.infer<typeof Audience>
export const AUDIENCE_LABELS: Record<Audience['kind'], string> = {
  everyone: '所有人',
  members: '仅党员',
  branch: '本支部党员',
}

export const ActivityPlace = z.object({
  address: text('请填写活动地点', [2], [80, '地点最多 80 字']),
  latitude: z.number({ error: '请在地图上选择地点' }).min(-90, '纬度无效').max(90, '纬度无效'),
  longitude: z.number({ error: '请在地图上选择地点' }).min(-180, '经度无效').max(180, '经度无效'),
  /** Check-in is accepted within this many metres of the point. */
  radius: wholeNumber(
    '请填写签到范围',
    '签到范围须为整数米',
    [50, '签到范围至少 50 米'],
    [5000, '签到范围最多 5000 米'],
  ).default(300),
})
export type ActivityPlace = z.infer<typeof ActivityPlace>

/** An instant with its offset, e.g. 2026-12-10T09:00:00+08:00 (the forms send Asia/Shanghai). */
export const DateTime = z.iso.datetime({ offset: true, error: '时间格式不正确' })

const Hours = z
  .number({ error: '请填写时长' })
  .min(0, '时长不能为负')
  .max(24, '时长最多 24 小时')
  .refine((h) => Number.isInteger(h * 2), '时长以半小时为单位')

export const ActivityFields = z.object({
  title: text('请填写活动名称', [4, '名称至少 4 个字'], [30, '名称最多 30 个字']),
  category: ActivityCategory,
  description: text(
    '请填写服务内容',
    [10, '请至少用 10 个字描述服务内容'],
    [1000, '服务内容最多 1000 字'],
    { multiline: true },
  ),
  cover: FileId.nullable().default(null),
  place: ActivityPlace,
  startAt: DateTime,
  endAt: DateTime,
  capacity: wholeNumber(
    '请填写名额',
    '名额须为整数',
    [1, '名额至少 1 个'],
    [ACTIVITY_RULES.maxCapacity, `名额最多 ${ACTIVITY_RULES.maxCapacity} 个`],
  ),
  /** Default: from publication until the start. */
  signUpOpensAt: DateTime.nullable().default(null),
  signUpClosesAt: DateTime.nullable().default(null),
  audience: Audience,
  /** 负责人: volunteers' user ids; empty means the creator. */
  leaderIds: z.array(Id, { error: '请选择负责人' }).max(5, '最多 5 位负责人').default([]),
  /** null: the time actually served (capped at the scheduled time); a number: fixed credit. */
  creditHours: Hours.nullable().default(null),
  notes: text('请填写注意事项', [0], [300, '注意事项最多 300 字'], { multiline: true }).default(''),
  insured: z.boolean({ error: '请选择是否购买保险' }).default(false),
})
export type ActivityFields = z.input<typeof ActivityFields>

type Times = Pick<
  z.output<typeof ActivityFields>,
  'startAt' | 'endAt' | 'signUpOpensAt' | 'signUpClosesAt'
>

/** Checks across fields, shared by create and update. */
function timesInOrder(v: Times, ctx: z.RefinementCtx) {
  const at = (t: string) => Date.parse(t)
  const fail = (path: keyof Times, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message })
  if (at(v.endAt) <= at(v.startAt)) fail('endAt', '结束时间须晚于开始时间')
  else if (at(v.endAt) - at(v.startAt) > 24 * 3600_000) fail('endAt', '一次活动最长 24 小时')
  if (v.signUpClosesAt && at(v.signUpClosesAt) > at(v.endAt))
    fail('signUpClosesAt', '报名截止须早于活动结束')
  if (v.signUpOpensAt && v.signUpClosesAt && at(v.signUpOpensAt) >= at(v.signUpClosesAt))
    fail('signUpOpensAt', '报名开始须早于报名截止')
}

export const CreateActivityInput = ActivityFields.extend({
  /** 每周重复: creates this many weekly activities (the series), 1 = just this one. */
  repeatWeeks: wholeNumber(
    '请填写重复周数',
    '重复周数须为整数',
    [1, '至少 1 周'],
    [ACTIVITY_RULES.maxRepeatWeeks, `最多重复 ${ACTIVITY_RULES.maxRepeatWeeks} 周`],
  ).default(1),
}).superRefine(timesInOrder)
export type CreateActivityInput = z.input<typeof CreateActivityInput>
export const CreateActivityResult = z.object({
  activityId: Id,
  /** Every activity of the series, in date order (the first is `activityId`). */
  activityIds: z.array(Id),
})

/** Replaces the activity's fields; every volunteer signed up is told what changed. */
export const UpdateActivityInput = ActivityFields.extend({ activityId: Id }).superRefine(
  timesInOrder,
)
export type UpdateActivityInput = z.input<typeof UpdateActivityInput>

export const ActivityIdInput = z.object({ activityId: Id })
export const CancelActivityInput = z.object({
  activityId: Id,
  reason: text(
    '请填写取消原因',
    [2, '请填写取消原因，报名的志愿者会看到'],
    [200, '原因最多 200 字'],
    { multiline: true },
  ),
})

// ---- sign-up ---------------------------------------------------------------------------------

/**
 * confirmed: holds a place; waitlisted: in line (promoted at once when a place frees, and told);
 * cancelled: by the volunteer (`late` after the free-cancel cut-off); dropped: the activity was
 * cancelled.
 */
export const SIGN_UP_STATUSES = {
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
  dropped: '活动已取消',
} as const
export type SignUpStatus = keyof typeof SIGN_UP_STATUSES
export const SignUpStatus = enumOf(SIGN_UP_STATUSES)

export const SignUpResult = z.object({
  status: z.enum(['confirmed', 'waitlisted']),
  /** 1 for the first in line. */
  position: z.number().int().optional(),
})
export const CancelSignUpResult = z.object({
  status: z.literal('cancelled'),
  /** After the cut-off: recorded as a late cancel. */
  late: z.boolean(),
})

/** 出勤: recorded from check-in, or by hand by the leader (audited). */
export const ATTENDANCE_MARKS = {
  present: '正常',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
} as const
export type AttendanceMark = keyof typeof ATTENDANCE_MARKS
export const AttendanceMark = enumOf(ATTENDANCE_MARKS, '请选择出勤情况')

// ---- check-in --------------------------------------------------------------------------------

/** What the leader's QR carries: `A1.<activityId>.<window>.<mac>`. */
export const CheckInCode = z
  .string({ error: '请扫描负责人出示的签到码' })
  .trim()
  .regex(/^A1\.[A-Za-z0-9_-]{1,64}\.\d{1,12}\.[A-Za-z0-9_-]{16}$/, '这不是有效的签到码')
export const CheckInInput = z
  .object({
    code: CheckInCode,
    latitude: z
      .number({ error: '位置格式不正确' })
      .min(-90, '位置格式不正确')
      .max(90, '位置格式不正确')
      .optional(),
    longitude: z
      .number({ error: '位置格式不正确' })
      .min(-180, '位置格式不正确')
      .max(180, '位置格式不正确')
      .optional(),
  })
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), {
    message: '位置须同时有经度和纬度',
    path: ['latitude'],
  })
export type CheckInInput = z.input<typeof CheckInInput>
export const CheckInResult = z.object({
  activityId: Id,
  title: z.string(),
  kind: z.enum(['checkIn', 'checkOut']),
  at: IsoDate,
  /** Checked in after the start. */
  late: z.boolean(),
  /** Metres from the activity's point, when the phone gave a location. */
  distance: z.number().nullable(),
})
export const CheckInCodeResult = z.object({
  code: z.string(),
  /** A PNG data URL of a QR holding a link to the h5 check-in page with the code. */
  qrImage: z.string(),
  /** When this code stops being accepted (server time). */
  expiresAt: IsoDate,
  /**
   * Milliseconds this code is still accepted, measured on the server: the page waits this long
   * before fetching the next one, whatever the phone's clock says.
   */
  validForMs: z.number().int().nonnegative(),
  periodSeconds: z.number(),
})

/** The leader records attendance by hand, with times where known and a reason (audited). */
export const RecordAttendanceInput = z.object({
  activityId: Id,
  userId: Id,
  mark: AttendanceMark,
  checkInAt: DateTime.nullable().default(null),
  checkOutAt: DateTime.nullable().default(null),
  reason: text('请填写原因', [2, '请填写原因（会记入修改记录）'], [200, '原因最多 200 字'], {
    multiline: true,
  }),
})
export const CheckOutAllResult = z.object({ checkedOut: z.number().int() })

// ---- hours and records -----------------------------------------------------------------------

/** One volunteer on an activity's roster, as the leader and the committee see it. */
export const RosterEntry = z.object({
  userId: Id,
  /** Full for the leader and the committee (they run the activity). */
  name: z.string(),
  /** Masked (138****5678); the leader taps to call through `contact`. */
  phone: z.string(),
  status: SignUpStatus,
  position: z.number().nullable(),
  lateCancel: z.boolean(),
  attendance: AttendanceMark.nullable(),
  checkInAt: IsoDate.nullable(),
  checkOutAt: IsoDate.nullable(),
  /** Hours the rule gives now (before confirmation) or as confirmed. */
  hours: z.number(),
  missingCheckOut: z.boolean(),
  /** Checked in with the phone's location (false: no location was given, or not checked in). */
  located: z.boolean(),
  /** Set by hand rather than by scanning. */
  manual: z.boolean(),
})
export type RosterEntry = z.infer<typeof RosterEntry>
export const Roster = z.object({
  list: z.array(RosterEntry),
  confirmed: z.number(),
  waitlisted: z.number(),
  hoursConfirmedAt: IsoDate.nullable(),
})
export const ContactInput = z.object({ activityId: Id, userId: Id })
export const ContactResult = z.object({ phone: z.string() })

export const ConfirmHoursResult = z.object({ records: z.number().int(), hours: z.number() })

/** A service record's id: `activityId:userId` (one record per volunteer per activity). */
export const RecordId = z
  .string({ error: '缺少记录编号' })
  .regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}$/, '记录编号格式不正确')

/** A service record (志愿服务记录) with every field the national rule names. */
export const ServiceRecord = z.object({
  recordId: RecordId,
  activityId: Id,
  activityTitle: z.string(),
  category: ActivityCategory,
  /** YYYY-MM-DD, Asia/Shanghai. */
  date: z.string(),
  place: z.string(),
  content: z.string(),
  hours: z.number(),
  organiser: z.string(),
  leader: z.string(),
  recordedAt: IsoDate,
  correction: z
    .object({
      status: z.enum(['pending', 'approved', 'rejected']),
      hours: z.number(),
      reason: z.string(),
      decisionNote: z.string().nullable(),
    })
    .nullable(),
})
export type ServiceRecord = z.infer<typeof ServiceRecord>
export const MyRecordsInput = PageQuery
export const MyRecordsPage = pageOf(ServiceRecord).extend({
  totalHours: z.number(),
  yearHours: z.number(),
  stars: z.number().int(),
})

export const RequestCorrectionInput = z.object({
  recordId: RecordId,
  /** The hours the volunteer believes are right. */
  hours: Hours,
  reason: text('请说明原因', [4, '请至少用 4 个字说明原因'], [300, '原因最多 300 字'], {
    multiline: true,
  }),
})
export const DecideCorrectionInput = z
  .object({
    recordId: RecordId,
    approve: z.boolean({ error: '请选择同意或不同意' }),
    /** When approving: the hours to record (default the hours asked for). */
    hours: Hours.optional(),
    note: text('请填写说明', [0], [200, '说明最多 200 字'], { multiline: true }).optional(),
  })
  .refine((v) => v.approve || (v.note?.length ?? 0) >= 2, {
    message: '请说明不同意的原因',
    path: ['note'],
  })
export const CorrectionQueueInput = PageQuery
export const CorrectionItem = ServiceRecord.extend({ volunteer: z.string() })
export const CorrectionPage = pageOf(CorrectionItem)

// ---- certificates ----------------------------------------------------------------------------

/** One activity's certificate, or (no activityId) every confirmed record. */
export const CertificateInput = z.object({ activityId: Id.optional() })
export const CertificateResult = z.object({ serial: z.string(), file: DownloadFile })

/** `VC` + year + 10 characters + a 6-character check: an edited serial fails its check. */
export const CertificateSerial = z
  .string({ error: '请输入证明编号' })
  .trim()
  .regex(/^VC\d{4}[A-Z2-9]{10}[A-Za-z0-9_-]{6}$/, '证明编号格式不正确')
export const VerifyCertificateInput = z.object({ serial: CertificateSerial })
export const VerifyCertificateResult = z.object({
  genuine: z.boolean(),
  /** Why not genuine, in words a person understands. */
  reason: z.string().nullable(),
  certificate: z
    .object({
      serial: z.string(),
      /** 王* — never more. */
      name: z.string(),
      hours: z.number(),
      records: z.number(),
      /** The activity's title for a one-activity certificate; null for all records. */
      activity: z.string().nullable(),
      issuer: z.string(),
      issuedAt: IsoDate,
    })
    .nullable(),
})

// ---- what is shown ---------------------------------------------------------------------------

export const ACTIVITY_STATE_LABELS = {
  upcoming: '未开始',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
} as const
export const ActivityState = enumOf(ACTIVITY_STATE_LABELS)
export type ActivityState = z.infer<typeof ActivityState>

export const ActivitySummary = z.object({
  activityId: Id,
  title: z.string(),
  category: ActivityCategory,
  cover: FileId.nullable(),
  address: z.string(),
  startAt: IsoDate,
  endAt: IsoDate,
  capacity: z.number(),
  confirmed: z.number(),
  waitlisted: z.number(),
  state: ActivityState,
  /** 所有人, 仅党员, or the branch's name. */
  audience: z.string(),
  /** 商圈党委 or the branch's name. */
  organiser: z.string(),
  /** The unconfirmed-after-10-working-days flag, for the committee. */
  flagged: z.boolean(),
})
export type ActivitySummary = z.infer<typeof ActivitySummary>

export const MySignUp = z.object({
  status: SignUpStatus,
  position: z.number().nullable(),
  lateCancel: z.boolean(),
  attendance: AttendanceMark.nullable(),
  checkInAt: IsoDate.nullable(),
  checkOutAt: IsoDate.nullable(),
  hours: z.number().nullable(),
})
export type MySignUp = z.infer<typeof MySignUp>

export const ActivityView = ActivitySummary.extend({
  description: z.string(),
  place: ActivityPlace,
  audienceRule: Audience,
  signUpOpensAt: IsoDate,
  signUpClosesAt: IsoDate,
  /** Masked for the public (王*), full for the committee. */
  leaders: z.array(z.string()),
  /** For whoever may edit the activity; empty for everyone else. */
  leaderIds: z.array(Id),
  creditHours: z.number().nullable(),
  notes: z.string(),
  insured: z.boolean(),
  seriesId: Id.nullable(),
  cancelReason: z.string().nullable(),
  hoursConfirmedAt: IsoDate.nullable(),
  mine: MySignUp.nullable(),
  /** Why the caller cannot sign up now (报名未开始, 名额已满且候补已满, 仅限党员…); null if they can. */
  signUpBlocked: z.string().nullable(),
  /** What the caller may do now, so pages show only actions that will be accepted. */
  can: z.array(z.enum(['signUp', 'cancel', 'checkIn', 'checkOut', 'lead', 'edit', 'certificate'])),
})
export type ActivityView = z.infer<typeof ActivityView>

export const ActivityListInput = PageQuery.extend({
  category: ActivityCategory.optional(),
  /** upcoming: not yet ended, soonest first; past: ended, latest first. */
  when: z.enum(['upcoming', 'past'], { error: '请选择时间范围' }).default('upcoming'),
})
export type ActivityListInput = z.input<typeof ActivityListInput>
export const ActivityPage = pageOf(ActivitySummary)

/** My sign-ups (upcoming first) — what the volunteer's page lists. */
export const MyActivitiesInput = PageQuery.extend({
  when: z.enum(['upcoming', 'past'], { error: '请选择时间范围' }).default('upcoming'),
})
export const MyActivity = ActivitySummary.extend({ mine: MySignUp })
export const MyActivityPage = pageOf(MyActivity)

/** The committee's and secretaries' list: the flags and the lead activities. */
export const ActivityQueueInput = PageQuery.extend({
  view: z.enum(['upcoming', 'ongoing', 'ended', 'unconfirmed', 'flagged', 'cancelled', 'all'], {
    error: '请选择列表',
  }),
  category: ActivityCategory.optional(),
})

export const VolunteerFiguresInput = z
  .object({ from: Month, to: Month })
  .refine((v) => v.from <= v.to, { message: '开始月份须不晚于结束月份', path: ['from'] })
export const VolunteerFigures = z.object({
  activities: z.number(),
  volunteers: z.number(),
  hours: z.number(),
  byMonth: z.array(z.object({ month: z.string(), activities: z.number(), hours: z.number() })),
  byCategory: z.array(
    z.object({ category: ActivityCategory, activities: z.number(), hours: z.number() }),
  ),
  topVolunteers: z.array(z.object({ name: z.string(), hours: z.number() })),
  topBranches: z.array(z.object({ name: z.string(), activities: z.number(), hours: z.number() })),
})
export const VolunteerLedgerInput = VolunteerFiguresInput

export const ActivitySweepResult = z.object({
  reminded: z.number(),
  absent: z.number(),
  paused: z.number(),
  flagged: z.number(),
  repaired: z.number(),
})
