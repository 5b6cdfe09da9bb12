// 志愿服务记录, `_id` = activity:user: one per volunteer per confirmed activity, with every field
// 《志愿服务记录与证明出具办法（试行）》 names, copied as they were when recorded so a later edit of the
// activity does not rewrite history. A correction changes `hours` only through its decision.
import type { ActivityCategory } from '../../types/activity'
import {
  collection,
  isTransactionConflict,
  type Database,
  type Transaction,
} from '../kernel/database'
import type { Paged } from '../../types/common'
import { pagedQuery, type PageRequest } from './paged'
import { byId, readAll as readAllOf } from './reads'
import type { ActivityAuditDoc } from './activity-audit'
import { insertsWithFollowUp, putRecord, updateWithFollowUp, type FollowUpDoc } from './follow-ups'

export type CorrectionDoc = {
  hours: number
  reason: string
  requestedAt: Date
  decidedAt: Date | null
  decidedBy: string | null
  /** The hours before an approved correction. */
  previousHours: number | null
  note: string | null
}

export type ServiceRecordDoc = {
  _id: string
  activityId: string
  volunteerId: string
  volunteerName: string
  activityTitle: string
  category: ActivityCategory
  /** YYYY-MM-DD and YYYY-MM of the activity's start, Asia/Shanghai. */
  date: string
  month: string
  place: string
  content: string
  hours: number
  organiser: string
  organiserOrgId: string | null
  /** 负责人, by name, and their ids (who may decide a correction). */
  leader: string
  leaderIds: string[]
  recordedAt: Date
  recordedBy: string
  correctionStatus: 'none' | 'pending' | 'approved' | 'rejected'
  /** When the pending correction was asked for (the queue's order); null without one. */
  requestedAt: Date | null
  correction: CorrectionDoc | null
}

/** The rule's fields that every view of a record (the volunteer's, the ledger's) shows as stored. */
export function recordedFacts(r: ServiceRecordDoc) {
  const { date, place, content, hours, organiser, leader } = r
  return { date, place, content, hours, organiser, leader }
}

const records = (db: Database) => collection(db, 'service_records')

export const findServiceRecord = byId<ServiceRecordDoc>('service_records')

/** The change to a volunteer's running totals that adds `hours` served in `year`. */
function addHours(db: Database, year: string, hours: number, now: Date) {
  const _ = db.command
  return { totalHours: _.inc(hours), [`hoursByYear.${year}`]: _.inc(hours), updatedAt: now }
}

/**
 * Writes the record and adds its hours to the volunteer's totals in one transaction, so the totals
 * count each record exactly once however often a confirmation is retried. False if it was there.
 */
export async function insertRecordWithHours(
  db: Database,
  record: ServiceRecordDoc,
  now: Date,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await db.runTransaction(async (tx: Transaction) => {
        const found = (await tx.collection('service_records').doc(record._id).get()).data
        if (found) return false
        const { _id, ...fields } = record
        void _id
        await tx.collection('service_records').doc(record._id).set(fields)
        await tx
          .collection('volunteers')
          .doc(record.volunteerId)
          .update(addHours(db, record.date.slice(0, 4), record.hours, now))
        return true
      })) as boolean
    } catch (err) {
      // Still conflicting after the SDK's own retries (concurrent confirmations touching the same
      // volunteer): try again; the record's presence decides, so nothing is counted twice.
      if (!isTransactionConflict(err) || attempt >= 5) throw err
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt))
    }
  }
}

/**
 * Decides a pending correction: on approval the record's hours, the sign-up's hours (the roster and
 * the activity page read them) and the volunteer's totals move by the difference, and the audit row
 * is written, all in the same transaction. The audit row's id is the record's and the decision
 * time's, so nothing is lost in a crash nor written twice. Null when no correction is pending.
 */
export async function decideRecordCorrection(
  db: Database,
  id: string,
  decision: { approve: boolean; hours: number; note: string | null; by: string },
  now: Date,
  /** What must follow the decision (the volunteer's message), given the record as decided. */
  followUp: (decided: ServiceRecordDoc) => FollowUpDoc,
): Promise<{ decided: ServiceRecordDoc; record: FollowUpDoc } | null> {
  return (await db.runTransaction(async (tx: Transaction) => {
    const found = (await tx.collection('service_records').doc(id).get())
      .data as ServiceRecordDoc | null
    if (!found || found.correctionStatus !== 'pending' || !found.correction) return null
    const hours = decision.approve ? decision.hours : found.hours
    const correction: CorrectionDoc = {
      ...found.correction,
      decidedAt: now,
      decidedBy: decision.by,
      previousHours: decision.approve ? found.hours : null,
      note: decision.note,
    }
    const change = {
      hours,
      correctionStatus: decision.approve ? 'approved' : 'rejected',
      correction,
    } as const
    await tx.collection('service_records').doc(id).update(change)
    if (hours !== found.hours) {
      await tx
        .collection('volunteers')
        .doc(found.volunteerId)
        .update(addHours(db, found.date.slice(0, 4), hours - found.hours, now))
      // The record's id is its sign-up's (activity:user).
      if ((await tx.collection('signups').doc(id).get()).data)
        await tx.collection('signups').doc(id).update({ hours, updatedAt: now })
    }
    const audit: Omit<ActivityAuditDoc, '_id'> = {
      activityId: found.activityId,
      userId: found.volunteerId,
      action: 'correction',
      by: decision.by,
      at: now,
      reason: decision.note || (decision.approve ? '同意更正' : null),
      before: { hours: found.hours },
      after: { hours, status: change.correctionStatus },
    }
    await tx.collection('activity_audit').doc(`correction:${id}:${now.getTime()}`).set(audit)
    const decided = { ...found, _id: id, ...change }
    const record = followUp(decided)
    await putRecord(tx, record)
    return { decided, record }
  })) as { decided: ServiceRecordDoc; record: FollowUpDoc } | null
}

/**
 * A volunteer credited 0 hours has no record; asking for a correction writes it with 0 hours and the
 * pending correction in one write (the totals move only when it is approved). False if it exists.
 */
export const insertRecordWithCorrection = insertsWithFollowUp<ServiceRecordDoc>('service_records')

/**
 * Asks for a correction unless one is pending already, with the follow-up record of who is told;
 * false if one is.
 */
export function requestRecordCorrection(
  db: Database,
  id: string,
  volunteerId: string,
  correction: CorrectionDoc,
  record: FollowUpDoc | null,
): Promise<boolean> {
  const open = (r: ServiceRecordDoc) =>
    r.volunteerId === volunteerId && r.correctionStatus !== 'pending'
  const asked = { correctionStatus: 'pending', requestedAt: correction.requestedAt, correction }
  return updateWithFollowUp(db, 'service_records', id, open, asked, {}, record)
}

export function recordsOfVolunteer(db: Database, volunteerId: string, page: PageRequest) {
  return pagedQuery<ServiceRecordDoc>(
    records(db).where({ volunteerId }),
    { field: 'date', direction: 'desc' },
    page,
  )
}

/** Every record of a volunteer, latest first (a certificate lists them all). */
export async function allRecordsOfVolunteer(
  db: Database,
  volunteerId: string,
): Promise<ServiceRecordDoc[]> {
  return readAll(db, { volunteerId })
}

export async function recordsOfActivity(
  db: Database,
  activityId: string,
): Promise<ServiceRecordDoc[]> {
  return readAll(db, { activityId })
}

export async function recordsInMonths(db: Database, months: string[]) {
  return readAll(db, { month: db.command.in(months) })
}

/** Every pending correction, latest asked first (the committee's queue). */
export function pendingCorrections(db: Database, page: PageRequest) {
  return pagedQuery<ServiceRecordDoc>(
    records(db).where({ correctionStatus: 'pending' }),
    { field: 'requestedAt', direction: 'desc' },
    page,
  )
}

/**
 * The pending corrections of activities `userId` leads or her branches `orgIds` organised, latest
 * asked first. Two index-served reads merged (the store has no `$or` plan); a queue of pending
 * requests stays short, since each is decided within days.
 */
export async function pendingCorrectionsFor(
  db: Database,
  userId: string,
  orgIds: string[],
  page: PageRequest,
): Promise<Paged<ServiceRecordDoc>> {
  if (!orgIds.length)
    return pagedQuery<ServiceRecordDoc>(
      records(db).where({ leaderIds: userId, correctionStatus: 'pending' }),
      { field: 'requestedAt', direction: 'desc' },
      page,
    )
  const [led, organised] = await Promise.all([
    readAll(db, { leaderIds: userId, correctionStatus: 'pending' }),
    readAll(db, { organiserOrgId: db.command.in(orgIds), correctionStatus: 'pending' }),
  ])
  const all = [...new Map([...led, ...organised].map((r) => [r._id, r])).values()].sort(
    (a, b) => new Date(b.requestedAt!).getTime() - new Date(a.requestedAt!).getTime(),
  )
  const start = (page.page - 1) * page.pageSize
  return {
    list: all.slice(start, start + page.pageSize),
    total: all.length,
    page: page.page,
    pageSize: page.pageSize,
  }
}

function readAll(db: Database, where: Record<string, unknown>) {
  return readAllOf<ServiceRecordDoc>(db, 'service_records', where)
}
