// 微心愿: the needs list (需求清单). A wish is submitted, reviewed, claimed (认领) or dispatched (派单),
// fulfilled and confirmed; every step is on its timeline. The contact phone is seen only by whoever
// holds the wish and the committee.
import { z } from 'zod'
import {
  FileId,
  Id,
  IsoDate,
  PageQuery,
  Phone,
  pageOf,
  enumOf,
  Month,
  reviewInput,
  searchText,
  text,
} from './common'
import { TimelineEntry } from './timeline'
import { isCalendarDay } from './shanghai-time'

export const WISH_CATEGORIES = {
  material: '物质帮扶',
  living: '生活服务',
  employment: '就业创业',
  legal: '法律政策',
  companionship: '陪伴关爱',
  other: '其他',
} as const
export type WishCategory = keyof typeof WISH_CATEGORIES
export const WishCategory = enumOf(WISH_CATEGORIES, '请选择心愿类别')

/**
 * draft → pending (审核中) → open (in the pool) → claimed (someone is on it) → fulfilled (waiting for
 * the wisher) → confirmed. Review may answer `returned` (改后再提交) or `rejected` (with a reason;
 * also editable and resubmittable). An open wish may be `dispatched` to someone who must accept it.
 */
export const WISH_STATUSES = {
  draft: '草稿',
  pending: '待审核',
  returned: '待修改',
  rejected: '未通过',
  open: '待认领',
  dispatched: '已派单',
  claimed: '已认领',
  fulfilled: '待确认',
  confirmed: '已实现',
  withdrawn: '已撤回',
} as const
export type WishStatus = keyof typeof WISH_STATUSES
export const WishStatus = enumOf(WISH_STATUSES, '心愿状态不正确')

/** A person's wishes that count against OPEN_WISHES_PER_PERSON: submitted and not yet over. */
export const UNFINISHED_WISH_STATUSES: readonly WishStatus[] = [
  'pending',
  'returned',
  'rejected',
  'open',
  'dispatched',
  'claimed',
  'fulfilled',
]
/** Statuses the wisher may still edit (and resubmit). */
export const EDITABLE_WISH_STATUSES: readonly WishStatus[] = ['draft', 'returned', 'rejected']

export const OPEN_WISHES_PER_PERSON = 3
export const CLAIMS_PER_PERSON = 3
/** A dispatched wish not accepted within this returns to the pool. */
export const DISPATCH_ACCEPT_HOURS = 48
/** A claim with no wanted-by date must be fulfilled within this. */
export const CLAIM_DAYS = 14
/** A fulfilled wish the wisher does not answer is confirmed after this. */
export const WISH_AUTO_CONFIRM_DAYS = 7
/** The claimer is reminded this long before the deadline. */
export const WISH_DUE_SOON_HOURS = 24

/** Who holds a wish: a verified member, a merchant for a shop, or a secretary for a branch. */
export const HolderKind = z.enum(['member', 'merchant', 'branch'], {
  error: '请选择以什么身份认领',
})
export type HolderKind = z.infer<typeof HolderKind>
export const HOLDER_KIND_LABELS: Record<HolderKind, string> = {
  member: '党员',
  merchant: '商户',
  branch: '党组织',
}

/** On whose behalf a person acts: themselves as a member, one of their shops, or one of their branches. */
export const ActingAs = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('member') }),
    z.object({ kind: z.literal('merchant'), shopId: Id }),
    z.object({ kind: z.literal('branch'), orgId: Id }),
  ],
  { error: '请选择以什么身份认领' },
)
export type ActingAs = z.infer<typeof ActingAs>

/** Where help is needed: an area of the district, or one of its shops. */
export const WishPlace = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('area'),
      area: text('请填写地点', [2], [40, '地点最多 40 字']),
    }),
    z.object({ kind: z.literal('shop'), shopId: Id }),
  ],
  { error: '请选择地点' },
)
export type WishPlace = z.infer<typeof WishPlace>

const Title = text('请填写心愿标题', [4, '标题至少 4 个字'], [30, '标题最多 30 个字'])
const Description = text('请描述心愿', [10, '请至少用 10 个字描述心愿'], [500, '描述最多 500 字'], {
  multiline: true,
})
/** A calendar day in Asia/Shanghai, e.g. 2026-12-24. */
export const Day = z
  .string({ error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD', abort: true })
  .refine(isCalendarDay, '日期不存在')
const Reason = (what: string) =>
  text(`请填写${what}`, [2], [200, `${what}最多 200 字`], { multiline: true })

/** What the wisher writes; a draft may leave everything but the title out. */
export const WishFields = z.object({
  title: Title,
  description: Description,
  category: WishCategory,
  photos: z.array(FileId, { error: '照片格式不正确' }).max(3, '最多 3 张照片').default([]),
  /** Optional; not in the past (Asia/Shanghai). */
  wantedBy: Day.nullable().default(null),
  place: WishPlace,
  /**
   * Seen only by whoever holds the wish and the committee; encrypted at rest. Required unless the
   * committee enters the wish for someone (代录), who may have no phone.
   */
  contact: Phone.nullable().default(null),
})
export type WishFields = z.input<typeof WishFields>

/** 代录: the committee enters a wish for someone without a phone; the source is noted. */
export const OnBehalf = z.object({
  name: text('请填写心愿人称呼', [1], [20]),
  source: text('请注明来源', [2, '请注明来源，如“社区走访”'], [60, '来源最多 60 字']),
})

export const SubmitWishInput = WishFields.extend({
  /** Edits and resubmits this draft, returned or rejected wish instead of creating one. */
  wishId: Id.optional(),
  /** Committee only. */
  onBehalf: OnBehalf.optional(),
}).refine((v) => v.onBehalf || v.contact, {
  message: '请填写联系电话',
  path: ['contact'],
  // Said with the other fields' errors, not only once they are right.
  when: ({ value }) => typeof value === 'object' && value !== null,
})
export type SubmitWishInput = z.input<typeof SubmitWishInput>

/** A draft: only the title is required; the rest is checked on submit. */
export const SaveWishDraftInput = z.object({
  wishId: Id.optional(),
  title: Title,
  description: text('请描述心愿', [0], [500, '描述最多 500 字'], { multiline: true }).default(''),
  category: WishCategory.nullable().default(null),
  photos: z.array(FileId, { error: '照片格式不正确' }).max(3, '最多 3 张照片').default([]),
  wantedBy: Day.nullable().default(null),
  place: WishPlace.nullable().default(null),
  contact: Phone.nullable().default(null),
})
export type SaveWishDraftInput = z.input<typeof SaveWishDraftInput>

export const WishIdInput = z.object({ wishId: Id })
export const WishIdResult = z.object({ wishId: Id })

/** Rejecting or asking for a change (revise) needs a reason: the wisher sees it. */
export const ReviewWishInput = reviewInput(
  { wishId: Id },
  ['approve', 'reject', 'revise'],
  '请填写原因，心愿人会看到',
)

export const ClaimWishInput = z.object({ wishId: Id, as: ActingAs.optional() })
export const ReleaseWishInput = z.object({ wishId: Id, reason: Reason('退回原因') })

/** The committee assigns an open wish to a branch, a merchant or a member, with a deadline. */
export const DispatchTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('member'), userId: Id }),
    z.object({ kind: z.literal('merchant'), shopId: Id }),
    z.object({ kind: z.literal('branch'), orgId: Id }),
  ],
  { error: '请选择承接对象' },
)
export type DispatchTarget = z.infer<typeof DispatchTarget>
export const DispatchWishInput = z.object({
  wishId: Id,
  to: DispatchTarget,
  /** A calendar day (Asia/Shanghai), today or later: the wish must be fulfilled by its end. */
  deadline: Day,
  /** The resource used for the wish; it counts against the resource's capacity this month. */
  resourceId: Id.optional(),
  note: text('请填写说明', [0], [200, '说明最多 200 字'], { multiline: true }).default(''),
})
export const RespondWishInput = z
  .object({
    wishId: Id,
    accept: z.boolean({ error: '请选择接受或拒绝' }),
    reason: text('请填写原因', [0], [200, '原因最多 200 字'], { multiline: true }).optional(),
  })
  .refine((v) => v.accept || (v.reason?.length ?? 0) >= 2, {
    message: '请填写拒绝原因',
    path: ['reason'],
  })
export const ProgressWishInput = z.object({
  wishId: Id,
  note: text('请填写进展', [2], [300, '进展最多 300 字'], { multiline: true }),
})
export const FulfilWishInput = z.object({
  wishId: Id,
  note: text('请填写实现情况', [4, '请至少用 4 个字说明实现情况'], [500, '最多 500 字'], {
    multiline: true,
  }),
  photos: z.array(FileId, { error: '照片格式不正确' }).max(6, '最多 6 张照片').default([]),
})
export const ConfirmWishInput = z
  .object({
    wishId: Id,
    /** false: not done — it goes back to the claimer with the reason. */
    done: z.boolean({ error: '请选择心愿是否已实现' }),
    rating: z.number({ error: '请打分' }).int().min(1, '最少 1 分').max(5, '最多 5 分').optional(),
    thanks: text('请填写感谢语', [0], [200, '感谢语最多 200 字'], { multiline: true }).default(''),
    reason: text('请填写原因', [0], [200, '原因最多 200 字'], { multiline: true }).optional(),
  })
  .refine((v) => !v.done || v.rating !== undefined, { message: '请打分', path: ['rating'] })
  .refine((v) => v.done || (v.reason?.length ?? 0) >= 2, {
    message: '请说明哪里还没有实现',
    path: ['reason'],
  })

// ---- what is shown ---------------------------------------------------------------------------

export const WishHolder = z.object({
  kind: HolderKind,
  /** A member masked (王*), a merchant by its shop's name, a branch by its name. */
  name: z.string(),
})
export type WishHolder = z.infer<typeof WishHolder>

/** A wish in the pool: nothing that identifies the wisher. */
export const WishSummary = z.object({
  wishId: Id,
  title: z.string(),
  category: WishCategory,
  status: WishStatus,
  /** 王* — never more. */
  wisher: z.string(),
  place: z.string(),
  wantedBy: Day.nullable(),
  photo: FileId.nullable(),
  holder: WishHolder.nullable(),
  /** The wisher's thank-you, once confirmed. */
  thanks: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: IsoDate,
})
export type WishSummary = z.infer<typeof WishSummary>

/** How the caller relates to a wish; decides what they see and may do. */
export const WishViewer = z.enum([
  'public',
  'wisher',
  'holder',
  'assignee',
  'reviewer',
  'committee',
])
export type WishViewer = z.infer<typeof WishViewer>

export const WishView = WishSummary.extend({
  description: z.string(),
  photos: z.array(FileId),
  placeDetail: WishPlace.nullable(),
  viewer: WishViewer,
  /** Full for the holder, the assignee and the committee; masked for the wisher; null otherwise. */
  contact: z.string().nullable(),
  /** 代录 source, for the committee. */
  onBehalf: z.object({ name: z.string(), source: z.string() }).nullable(),
  reviewNote: z.string().nullable(),
  /** The claim's or dispatch's deadline. */
  deadline: IsoDate.nullable(),
  /** A dispatched wish must be accepted by then. */
  respondBy: IsoDate.nullable(),
  fulfilment: z.object({ note: z.string(), photos: z.array(FileId), at: IsoDate }).nullable(),
  confirmation: z
    .object({ rating: z.number().nullable(), thanks: z.string(), at: IsoDate, auto: z.boolean() })
    .nullable(),
  project: z.object({ projectId: Id, name: z.string() }).nullable(),
  resource: z.object({ resourceId: Id, title: z.string() }).nullable(),
  timeline: z.array(TimelineEntry),
  /** What the caller may do now, so pages show only actions that will be accepted. */
  can: z.array(
    z.enum([
      'edit',
      'withdraw',
      'review',
      'claim',
      'release',
      'dispatch',
      'respond',
      'progress',
      'fulfil',
      'confirm',
    ]),
  ),
})
export type WishView = z.infer<typeof WishView>

export const WishListInput = PageQuery.extend({
  category: WishCategory.optional(),
  /** The pool shows open, claimed, fulfilled and confirmed wishes; default all of those. */
  status: z
    .enum(['open', 'claimed', 'fulfilled', 'confirmed'], { error: '心愿状态不正确' })
    .optional(),
  keyword: searchText(30),
})
export type WishListInput = z.input<typeof WishListInput>
export const WishPoolPage = pageOf(WishSummary).extend({
  /** This month (Asia/Shanghai): wishes opened, claimed and fulfilled. */
  month: z.object({ open: z.number(), claimed: z.number(), fulfilled: z.number() }),
})
export const WishPage = pageOf(WishSummary)

export const MyWishesInput = PageQuery.extend({
  /** `wished`: what I asked for; `held`: what I (my shop, my branch) claimed or was dispatched. */
  side: z.enum(['wished', 'held'], { error: '请选择我的心愿或我的认领' }).default('wished'),
})

export const WishQueueInput = PageQuery.extend({
  /** pending: the review queue; open: the dispatch board; overdue: flagged ones. */
  view: z.enum(['pending', 'open', 'dispatched', 'claimed', 'overdue', 'all'], {
    error: '请选择列表',
  }),
  category: WishCategory.optional(),
})

/** A resource suggested for a wish: same category, serving the wish's area, capacity left. */
export const SuggestedResource = z.object({
  resourceId: Id,
  title: z.string(),
  owner: WishHolder,
  /** What the owner can be dispatched as. */
  target: DispatchTarget,
  left: z.number(),
})
export const WishSuggestions = z.object({ list: z.array(SuggestedResource) })

export const WishFiguresInput = z.object({
  /** YYYY-MM (Asia/Shanghai); default the current month. Omit both for all time. */
  month: Month.optional(),
})
export const WishFigures = z.object({
  submitted: z.number(),
  claimed: z.number(),
  fulfilled: z.number(),
  /** Median days from approval to fulfilment; null when nothing was fulfilled. */
  medianDaysToFulfil: z.number().nullable(),
  overdue: z.number(),
  /** Per holder: branches, merchants, members (masked). */
  byHolder: z.array(
    z.object({
      holder: WishHolder,
      claimed: z.number(),
      fulfilled: z.number(),
      released: z.number(),
    }),
  ),
})
/** 认领榜: by wishes fulfilled (confirmed), not by claims. */
export const WishBoard = z.object({
  list: z.array(z.object({ rank: z.number(), holder: WishHolder, fulfilled: z.number() })),
})
export const WishBoardInput = z.object({
  kind: HolderKind.optional(),
  limit: z.number().int().min(1).max(50).default(10),
})

export const WishSweepResult = z.object({
  dispatchExpired: z.number(),
  claimsOverdue: z.number(),
  autoConfirmed: z.number(),
  dueSoon: z.number(),
})
