// The activity form's state as a person fills it (numbers and times as typed) and the conversions
// to the server's input and back from an activity being edited.
import type { ActivityCategory, ActivityFields } from '../../types/activity'
import type { ActivityView } from '../../types/activity'
import { audienceOf, type AudienceDraft } from './components/AudienceField'
import { EMPTY_PLACE, type PlaceDraft } from './components/ActivityPlaceFields'
import { NO_DAY_TIME, dayTimeIso, dayTimeOf, type DayTime } from './components/DateTimeField'
import type { Leader } from './components/LeaderPicker'

/** 学时: the time actually served (the rule's default) or a fixed number of hours. */
export type CreditKind = 'actual' | 'fixed'

export type ActivityDraft = {
  title: string
  category: ActivityCategory | undefined
  description: string
  /** Zero or one stored file id. */
  cover: string[]
  place: PlaceDraft
  start: DayTime
  end: DayTime
  capacity: string
  /** false: sign-up opens on publication and closes at the start. */
  customWindow: boolean
  opens: DayTime
  closes: DayTime
  audience: AudienceDraft
  leaders: Leader[]
  /** Editing: the leaders the activity had, kept by sending none when they are not changed. */
  keptLeaderIds: string[]
  credit: CreditKind
  creditHours: string
  notes: string
  insured: boolean
  repeatWeeks: string
}

export const EMPTY_DRAFT: ActivityDraft = {
  title: '',
  category: undefined,
  description: '',
  cover: [],
  place: EMPTY_PLACE,
  start: NO_DAY_TIME,
  end: NO_DAY_TIME,
  capacity: '',
  customWindow: false,
  opens: NO_DAY_TIME,
  closes: NO_DAY_TIME,
  audience: { kind: 'everyone', orgId: '' },
  leaders: [],
  keptLeaderIds: [],
  credit: 'actual',
  creditHours: '',
  notes: '',
  insured: false,
  repeatWeeks: '1',
}

/** A typed number; nothing typed is left out, so the schema says the field is missing. */
function typedNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim())
}

/** The fields as the server's schema reads them (create adds `repeatWeeks`, update `activityId`). */
export function fieldsOf(d: ActivityDraft): Record<keyof ActivityFields, unknown> {
  return {
    title: d.title,
    category: d.category,
    description: d.description,
    cover: d.cover[0] ?? null,
    place: {
      address: d.place.address,
      latitude: typedNumber(d.place.latitude),
      longitude: typedNumber(d.place.longitude),
      radius: typedNumber(d.place.radius),
    },
    startAt: dayTimeIso(d.start),
    endAt: dayTimeIso(d.end),
    capacity: typedNumber(d.capacity),
    signUpOpensAt: d.customWindow ? dayTimeIso(d.opens) || null : null,
    signUpClosesAt: d.customWindow ? dayTimeIso(d.closes) || null : null,
    audience: audienceOf(d.audience),
    leaderIds: leaderIdsOf(d),
    creditHours: d.credit === 'fixed' ? typedNumber(d.creditHours) : null,
    notes: d.notes,
    insured: d.insured,
  }
}

/**
 * The leaders to send. Unchanged on an edit: none, which keeps them (the default leader is the
 * creator, who need not be a registered volunteer and so could not be chosen again).
 */
function leaderIdsOf(d: ActivityDraft): string[] {
  const ids = d.leaders.map((l) => l.userId)
  const kept =
    ids.length === d.keptLeaderIds.length && ids.every((id) => d.keptLeaderIds.includes(id))
  return kept ? [] : ids
}

/** Messages for choices not made at all, clearer than the format's message they would get. */
export function missingChoices(d: ActivityDraft): Record<string, string> {
  const missing: Record<string, string> = {}
  if (!dayTimeIso(d.start)) missing.startAt = '请选择开始时间'
  if (!dayTimeIso(d.end)) missing.endAt = '请选择结束时间'
  // The schema speaks of the map (the mini-program's picker); typed coordinates need their own words.
  if (!d.place.latitude.trim() || !d.place.longitude.trim())
    missing['place.latitude'] = '请填写纬度和经度，或点“使用当前位置”'
  if (d.audience.kind === 'branch' && !d.audience.orgId) missing['audience.orgId'] = '请选择党支部'
  return missing
}

/** The form filled from an activity being edited. */
export function draftOf(a: ActivityView): ActivityDraft {
  // The default window closes at the start; anything else was set by hand.
  const customWindow = Date.parse(a.signUpClosesAt) !== Date.parse(a.startAt)
  return {
    title: a.title,
    category: a.category,
    description: a.description,
    cover: a.cover ? [a.cover] : [],
    place: {
      address: a.place.address,
      latitude: String(a.place.latitude),
      longitude: String(a.place.longitude),
      radius: String(a.place.radius),
    },
    start: dayTimeOf(a.startAt),
    end: dayTimeOf(a.endAt),
    capacity: String(a.capacity),
    customWindow,
    opens: customWindow ? dayTimeOf(a.signUpOpensAt) : NO_DAY_TIME,
    closes: customWindow ? dayTimeOf(a.signUpClosesAt) : NO_DAY_TIME,
    audience: {
      kind: a.audienceRule.kind,
      orgId: a.audienceRule.kind === 'branch' ? a.audienceRule.orgId : '',
    },
    // The view lists the leaders' names in the order of their ids.
    leaders: a.leaderIds.map((userId, i) => ({ userId, name: a.leaders[i] ?? '负责人' })),
    keptLeaderIds: a.leaderIds,
    credit: a.creditHours === null ? 'actual' : 'fixed',
    creditHours: a.creditHours === null ? '' : String(a.creditHours),
    notes: a.notes,
    insured: a.insured,
    repeatWeeks: '1',
  }
}
