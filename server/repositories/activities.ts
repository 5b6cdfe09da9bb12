// 志愿活动. Who holds a place and who waits, in order, live on the activity document itself
// (`confirmed`, `waitlist`, with their counts `taken` and `waiting`), so that every change to them is
// one conditional update of one document: a place is taken by an update that matches only while
// one is free, the waitlist is joined by an atomic push, and a cancel with its promotion is one
// compare-and-set on `rev`. Sign-up documents (signups.ts) are each person's projection of it.
import type { ActivityCategory, ActivityPlace, Audience } from '../../types/activity'
import { ACTIVITY_RULES } from '../../types/activity'
import { collection, isTransactionConflict, type Database } from '../kernel/database'
import { pagedQuery, type Order, type PageRequest } from './paged'
import { byId, byIds, firstInOrder, updateIf } from './reads'
import type { Stamped } from './stamped'
import { updateWithFollowUp, type FollowUpDoc } from './follow-ups'

export type OrganiserDoc = {
  /** 商圈党委, or a branch (a secretary's activity). */
  kind: 'district' | 'branch'
  orgId: string | null
  name: string
}

export type ActivityDoc = Stamped & {
  _id: string
  title: string
  category: ActivityCategory
  description: string
  cover: string | null
  place: ActivityPlace
  startAt: Date
  endAt: Date
  signUpOpensAt: Date
  signUpClosesAt: Date
  /** YYYY-MM of the start (Asia/Shanghai), for the figures. */
  month: string
  capacity: number
  audience: Audience
  /** 负责人: user ids; at least one (the creator when none was chosen). */
  leaderIds: string[]
  /** Leaders' real names as recorded when chosen, for the service records. */
  leaderNames: string[]
  creditHours: number | null
  notes: string
  insured: boolean
  organiser: OrganiserDoc
  /** The organising branch's id, or null for the committee: a secretary's queue. */
  organiserOrgId: string | null
  createdBy: string
  /** The weekly series this belongs to (the first activity's id), or null. */
  seriesId: string | null
  state: 'open' | 'cancelled'
  cancelReason: string | null
  /** User ids holding a place. */
  confirmed: string[]
  /** User ids waiting, first in line first. */
  waitlist: string[]
  taken: number
  waiting: number
  /** Bumped by every change to the rosters: what compare-and-set updates match on. */
  rev: number
  hoursState: 'pending' | 'confirmed'
  hoursConfirmedAt: Date | null
  hoursConfirmedBy: string | null
  /** 10 working days after the end: records unconfirmed by then are flagged. */
  confirmBy: Date
  flagged: boolean
  /** The sweep has marked the no-shows of this ended activity. */
  absencesMarked: boolean
}

const activities = (db: Database) => collection(db, 'activities')

export const findActivity = byId<ActivityDoc>('activities')

export async function insertActivity(db: Database, doc: ActivityDoc): Promise<void> {
  await activities(db).add(doc)
}

/** Removes activities nobody could have seen yet (a series whose insert failed part-way). */
export async function removeActivities(db: Database, ids: string[]): Promise<void> {
  if (ids.length)
    await activities(db)
      .where({ _id: db.command.in(ids) })
      .remove()
}

/** Where a person stands on an activity's rosters. */
export function standing(a: ActivityDoc, userId: string) {
  if (a.confirmed.includes(userId)) return { status: 'confirmed' as const, position: null }
  const at = a.waitlist.indexOf(userId)
  if (at >= 0) return { status: 'waitlisted' as const, position: at + 1 }
  return null
}

/**
 * Puts the user at the end of `roster`, only while the activity is open, `room` holds and the user
 * is on neither roster; false when it did not.
 */
function joinRoster(
  db: Database,
  a: ActivityDoc,
  userId: string,
  now: Date,
  roster: 'confirmed' | 'waitlist',
  room: object,
): Promise<boolean> {
  const _ = db.command
  const where = {
    _id: a._id,
    state: 'open',
    ...room,
    confirmed: _.neq(userId),
    waitlist: _.neq(userId),
  }
  const count = roster === 'confirmed' ? 'taken' : 'waiting'
  const change = { [roster]: _.push([userId]), [count]: _.inc(1), rev: _.inc(1), updatedAt: now }
  return updateIf(db, 'activities', where, change)
}

/** Takes a free place: only while one is free and nobody waits (a freed place goes to the waitlist). */
export function takePlace(db: Database, a: ActivityDoc, userId: string, now: Date) {
  const room = { capacity: a.capacity, taken: db.command.lt(a.capacity), waiting: 0 }
  return joinRoster(db, a, userId, now, 'confirmed', room)
}

/** Joins the end of the waitlist; false when the user is already on a roster or it is full. */
export function joinWaitlist(db: Database, a: ActivityDoc, userId: string, now: Date) {
  const room = { waiting: db.command.lt(ACTIVITY_RULES.maxWaitlist) }
  return joinRoster(db, a, userId, now, 'waitlist', room)
}

/** The rosters after a change, as `change` computes them from the current document. */
export type RosterChange = {
  confirmed: string[]
  waitlist: string[]
  /** Other fields written in the same update (capacity, state…). */
  also?: Partial<ActivityDoc>
}

const MAX_ATTEMPTS = 40

/**
 * Compare-and-set on the activity's `rev`: reads it, lets `change` decide the new rosters (or
 * null for no change), and writes them only if nobody changed the activity meanwhile; otherwise
 * reads again. Returns the activity as written (or as found when `change` said null). Where
 * something must follow the change (`followUp`, given the activity before and after), its record
 * is written in the same transaction and returned with it.
 */
export async function changeRosters<R extends FollowUpDoc = FollowUpDoc>(
  db: Database,
  id: string,
  now: Date,
  change: (a: ActivityDoc) => RosterChange | null,
  followUp: (before: ActivityDoc, after: ActivityDoc) => R | null = () => null,
): Promise<{ before: ActivityDoc; after: ActivityDoc; record: R | null } | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const before = await findActivity(db, id)
    if (!before) return null
    const next = change(before)
    if (!next) return { before, after: before, record: null }
    const written = {
      ...next.also,
      confirmed: next.confirmed,
      waitlist: next.waitlist,
      taken: next.confirmed.length,
      waiting: next.waitlist.length,
      rev: before.rev + 1,
      updatedAt: now,
    }
    const after = { ...before, ...written }
    const record = followUp(before, after)
    const unchanged = (found: ActivityDoc) => found.rev === before.rev
    const done = record
      ? await updateWithFollowUp(db, 'activities', id, unchanged, written, {}, record).catch(
          // Past the SDK's few retries of a busy sign-up: a lost race like any other, tried again.
          (err: unknown) => (isTransactionConflict(err) ? false : Promise.reject(err)),
        )
      : (await activities(db).where({ _id: id, rev: before.rev }).update(written)).updated === 1
    if (done) return { before, after, record }
    // Lost the race: wait a little, at random, so the contenders do not collide again.
    await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)))
  }
  throw new Error(`activity ${id}: too much contention to change its rosters`)
}

/**
 * Moves people from the head of the waitlist into free places, while the activity has not
 * started: what a cancel, a larger capacity or a late joiner of the waitlist calls.
 */
export function promoteFromWaitlist(a: ActivityDoc, now: Date): RosterChange | null {
  const free = a.capacity - a.confirmed.length
  if (a.state !== 'open' || free <= 0 || !a.waitlist.length || now >= a.startAt) return null
  const moved = a.waitlist.slice(0, free)
  return { confirmed: [...a.confirmed, ...moved], waitlist: a.waitlist.slice(moved.length) }
}

/** Who `after` holds a place for that `before` had waiting: the promoted. */
export function promotedBy(before: ActivityDoc, after: ActivityDoc): string[] {
  return after.confirmed.filter((u) => before.waitlist.includes(u))
}

/** Takes the user off both rosters and fills the freed place from the waitlist, in one write. */
export async function leaveRosters(db: Database, id: string, userId: string, now: Date) {
  return changeRosters(db, id, now, (a) => {
    if (!standing(a, userId)) return null
    const left = {
      ...a,
      confirmed: a.confirmed.filter((u) => u !== userId),
      waitlist: a.waitlist.filter((u) => u !== userId),
    }
    return promoteFromWaitlist(left, now) ?? { confirmed: left.confirmed, waitlist: left.waitlist }
  })
}

/** Fills free places from the waitlist (after a capacity rise or a waitlist join). */
export async function fillFreePlaces(db: Database, id: string, now: Date) {
  return changeRosters(db, id, now, (a) => promoteFromWaitlist(a, now))
}

// ---- reading and the sweep's queries (each served by a declared index) ------------------------

const START_FIRST: Order = { field: 'startAt', direction: 'asc' }
const END_FIRST: Order = { field: 'endAt', direction: 'asc' }

export const findActivities = byIds<ActivityDoc>('activities')

/** The public list: open activities not yet ended (soonest first) or ended (latest first). */
export function listActivities(
  db: Database,
  filter: { when: 'upcoming' | 'past'; category?: ActivityCategory; now: Date },
  page: PageRequest,
) {
  const _ = db.command
  const where: Record<string, unknown> = {
    state: 'open',
    endAt: filter.when === 'upcoming' ? _.gt(filter.now) : _.lte(filter.now),
  }
  if (filter.category) where.category = filter.category
  const order: Order =
    filter.when === 'upcoming'
      ? { field: 'startAt', direction: 'asc' }
      : { field: 'endAt', direction: 'desc' }
  return pagedQuery<ActivityDoc>(activities(db).where(where), order, page)
}

/** Activities the user leads (负责人): not yet ended (soonest end first) or ended (latest first). */
export function listLedActivities(
  db: Database,
  filter: { userId: string; when: 'upcoming' | 'past'; now: Date },
  page: PageRequest,
) {
  const _ = db.command
  const where = {
    leaderIds: filter.userId,
    endAt: filter.when === 'upcoming' ? _.gt(filter.now) : _.lte(filter.now),
  }
  const order: Order = { field: 'endAt', direction: filter.when === 'upcoming' ? 'asc' : 'desc' }
  return pagedQuery<ActivityDoc>(activities(db).where(where), order, page)
}

export type ActivityQueueView =
  'upcoming' | 'ongoing' | 'ended' | 'unconfirmed' | 'flagged' | 'cancelled' | 'all'

/** The console's list; `orgIds` limits it to those branches' activities (a secretary's). */
export function listActivityQueue(
  db: Database,
  filter: {
    view: ActivityQueueView
    category?: ActivityCategory
    orgIds: string[] | null
    now: Date
  },
  page: PageRequest,
) {
  const _ = db.command
  const now = filter.now
  const where: Record<string, unknown> = {}
  if (filter.orgIds) where.organiserOrgId = _.in(filter.orgIds)
  let order: Order = { field: 'endAt', direction: 'desc' }
  switch (filter.view) {
    case 'upcoming':
      Object.assign(where, { state: 'open', startAt: _.gt(now) })
      order = { field: 'startAt', direction: 'asc' }
      break
    case 'ongoing':
      Object.assign(where, { state: 'open', startAt: _.lte(now), endAt: _.gt(now) })
      break
    case 'ended':
      Object.assign(where, { state: 'open', endAt: _.lte(now) })
      break
    case 'unconfirmed':
      Object.assign(where, { hoursState: 'pending', endAt: _.lte(now), state: 'open' })
      break
    case 'flagged':
      Object.assign(where, { flagged: true })
      break
    case 'cancelled':
      Object.assign(where, { state: 'cancelled' })
      break
    case 'all':
      Object.assign(where, { state: _.in(['open', 'cancelled']) })
      break
  }
  if (filter.category) where.category = filter.category
  return pagedQuery<ActivityDoc>(activities(db).where(where), order, page)
}

/** The stretch of time (after, upTo] a sweep looks at. */
export type Span = { after: Date; upTo: Date }

const within = (db: Database, span: Span) =>
  db.command.and(db.command.gt(span.after), db.command.lte(span.upTo))

/** Open activities starting within the span: the 24-hour reminders. */
export function activitiesStartingBetween(db: Database, span: Span, limit: number) {
  const where = { state: 'open', startAt: within(db, span) }
  return firstInOrder<ActivityDoc>(db, 'activities', where, START_FIRST, limit)
}

/** Open activities that ended within the span whose no-shows are not marked yet. */
export function endedWithAbsencesUnmarked(db: Database, span: Span, limit: number) {
  const where = { state: 'open', endAt: within(db, span), absencesMarked: false }
  return firstInOrder<ActivityDoc>(db, 'activities', where, END_FIRST, limit)
}

export async function markAbsencesDone(db: Database, id: string, now: Date): Promise<void> {
  await activities(db).doc(id).update({ absencesMarked: true, updatedAt: now })
}

/** Open activities with hours still pending past their confirm-by date, not flagged yet. */
export function unconfirmedPastDeadline(
  db: Database,
  now: Date,
  limit: number,
): Promise<ActivityDoc[]> {
  const _ = db.command
  const where = {
    hoursState: 'pending',
    endAt: _.lte(now),
    confirmBy: _.lt(now),
    flagged: false,
    state: 'open',
  }
  return firstInOrder<ActivityDoc>(db, 'activities', where, END_FIRST, limit)
}

/** Flags the activity once, with the record of who is told: false when another run was first. */
export function flagActivity(
  db: Database,
  id: string,
  now: Date,
  record: FollowUpDoc,
): Promise<boolean> {
  const unflagged = (a: ActivityDoc) => !a.flagged && a.hoursState === 'pending'
  return updateWithFollowUp(
    db,
    'activities',
    id,
    unflagged,
    { flagged: true, updatedAt: now },
    {},
    record,
  )
}

/** Activities in `state` not yet ended, changed since `since`: the repair's candidates. */
export function activitiesUpdatedSince(
  db: Database,
  state: ActivityDoc['state'],
  now: Date,
  since: Date,
  limit: number,
): Promise<ActivityDoc[]> {
  const where = { state, endAt: db.command.gt(now), updatedAt: db.command.gt(since) }
  return firstInOrder<ActivityDoc>(db, 'activities', where, END_FIRST, limit)
}

/** Marks the activity's hours confirmed (the last step of confirmHours); false if it was. */
export function markHoursConfirmed(
  db: Database,
  id: string,
  by: string,
  now: Date,
): Promise<boolean> {
  return updateIf(
    db,
    'activities',
    { _id: id, hoursState: 'pending' },
    {
      hoursState: 'confirmed',
      hoursConfirmedAt: now,
      hoursConfirmedBy: by,
      flagged: false,
      updatedAt: now,
    },
  )
}

/** Activities starting in the given months (YYYY-MM), cancelled ones included. */
export async function activitiesInMonths(db: Database, months: string[]): Promise<ActivityDoc[]> {
  const out: ActivityDoc[] = []
  for (let skip = 0; ; skip += 1000) {
    const res = await activities(db)
      .where({ month: db.command.in(months) })
      .skip(skip)
      .limit(1000)
      .get()
    out.push(...(res.data as ActivityDoc[]))
    if (res.data.length < 1000) return out
  }
}
