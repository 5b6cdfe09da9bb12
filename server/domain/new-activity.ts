// The one shape of a new activity and of a person's sign-up to one, for the activity function, the
// demo seed and fixtures alike: a published activity starts open with empty rosters and its hours
// pending; a sign-up starts as the rosters place the person, with nothing yet of the day.
import type { z } from 'zod'
import { ACTIVITY_RULES, type ActivityFields } from '../../types/activity'
import { shanghaiMonth } from '../../types/shanghai-time'
import { signUpId, type SignUpDoc } from '../repositories/signups'
import type { ActivityDoc, OrganiserDoc, standing } from '../repositories/activities'
import { workingDaysAfter } from './volunteer-hours'

export type ActivityFieldsOut = z.output<typeof ActivityFields>

/**
 * The stored times an activity's input gives, shifted by `shift` ms (a later week of a series);
 * sign-up opens at `opensBy` unless the input says when.
 */
export function activitySchedule(f: ActivityFieldsOut, opensBy: Date, shift = 0) {
  const startAt = new Date(Date.parse(f.startAt) + shift)
  const endAt = new Date(Date.parse(f.endAt) + shift)
  const opens = f.signUpOpensAt ? new Date(Date.parse(f.signUpOpensAt) + shift) : opensBy
  const closes = f.signUpClosesAt ? new Date(Date.parse(f.signUpClosesAt) + shift) : startAt
  return {
    startAt,
    endAt,
    signUpOpensAt: opens,
    signUpClosesAt: closes,
    month: shanghaiMonth(startAt),
    confirmBy: workingDaysAfter(endAt, ACTIVITY_RULES.confirmWithinWorkingDays),
  }
}

/** Who publishes an activity and who leads it, as the create handler settles them. */
export type ActivityPublisher = {
  organiser: OrganiserDoc
  leaderIds: string[]
  leaderNames: string[]
  createdBy: string
  /** The weekly series (its first activity's id), or null for a single activity. */
  seriesId: string | null
}

/** A newly published activity: week `week` of the input (0 for the first or only one). */
export function newActivityDoc(
  _id: string,
  f: ActivityFieldsOut,
  by: ActivityPublisher,
  now: Date,
  week = 0,
): ActivityDoc {
  return {
    _id,
    title: f.title,
    category: f.category,
    description: f.description,
    cover: f.cover,
    place: f.place,
    ...activitySchedule(f, now, week * WEEK_MS),
    capacity: f.capacity,
    audience: f.audience,
    leaderIds: by.leaderIds,
    leaderNames: by.leaderNames,
    creditHours: f.creditHours,
    notes: f.notes,
    insured: f.insured,
    organiser: by.organiser,
    organiserOrgId: by.organiser.orgId,
    createdBy: by.createdBy,
    seriesId: by.seriesId,
    state: 'open',
    cancelReason: null,
    confirmed: [],
    waitlist: [],
    taken: 0,
    waiting: 0,
    rev: 0,
    hoursState: 'pending',
    hoursConfirmedAt: null,
    hoursConfirmedBy: null,
    flagged: false,
    absencesMarked: false,
    createdAt: now,
    updatedAt: now,
  }
}

export const WEEK_MS = 7 * 24 * 3600_000

type Standing = NonNullable<ReturnType<typeof standing>>

/**
 * The person's sign-up as the rosters now say (dropped if the activity was cancelled meanwhile);
 * `prior` is their earlier sign-up, if any.
 */
export function newSignUpDoc(
  a: ActivityDoc,
  userId: string,
  s: Standing,
  prior: SignUpDoc | null,
  now: Date,
): SignUpDoc {
  return {
    _id: signUpId(a._id, userId),
    activityId: a._id,
    userId,
    startAt: a.startAt,
    endAt: a.endAt,
    status: a.state === 'cancelled' ? 'dropped' : s.status,
    lateCancel: false,
    signedUpAt: now,
    promotedAt: null,
    cancelledAt: null,
    attendance: null,
    checkInAt: null,
    checkOutAt: null,
    checkInDistance: null,
    manual: false,
    hours: null,
    createdAt: prior?.createdAt ?? now,
    updatedAt: now,
  }
}
