// Desktop sessions started by 扫码登录. A session ends when it has been idle too long, at its end
// date, or when its owner ends it (退出当前电脑 / 退出所有电脑); an ended one never comes back.
import { SESSION_IDLE_HOURS } from '../../types/auth'
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import { byId, readAll, updateIf } from './reads'

const IDLE_MS = SESSION_IDLE_HOURS * 3600_000

export type WebSessionDoc = {
  _id: string
  openid: string
  browser: string
  createdAt: Date
  lastSeenAt: Date
  /** The session's last possible moment; the housekeeping sweep removes it after. */
  expiresAt: Date
  endedAt: Date | null
}

/** Starts the session; false when one with this id exists (its request was collected already). */
export function addWebSession(db: Database, doc: WebSessionDoc): Promise<boolean> {
  return addUnlessPresent(db, 'web_sessions', doc)
}

export const findWebSession = byId<WebSessionDoc>('web_sessions')

/** How long the session has gone without a call. */
export const idleFor = (session: WebSessionDoc, now: Date) =>
  now.getTime() - new Date(session.lastSeenAt).getTime()

/** Whether the session still signs its desktop in: not ended, not past its end, not idle too long. */
export function isLive(session: WebSessionDoc, now: Date): boolean {
  return !session.endedAt && new Date(session.expiresAt) > now && idleFor(session, now) < IDLE_MS
}

/** Moves the session's last activity forward (only while it is live). */
export async function touchWebSession(db: Database, id: string, now: Date): Promise<void> {
  await updateIf(db, 'web_sessions', { _id: id, endedAt: null }, { lastSeenAt: now })
}

/** The person's sessions not yet ended (some may have gone idle). */
export function openWebSessions(db: Database, openid: string, now: Date): Promise<WebSessionDoc[]> {
  return readAll<WebSessionDoc>(db, 'web_sessions', {
    openid,
    endedAt: null,
    expiresAt: db.command.gt(now),
  })
}

/** Ends one of the person's sessions, or (without `id`) all of them; how many ended. */
export async function endWebSessions(
  db: Database,
  openid: string,
  now: Date,
  id?: string,
): Promise<number> {
  const where = { openid, endedAt: null, ...(id ? { _id: id } : {}) }
  const res = await collection(db, 'web_sessions').where(where).update({ endedAt: now })
  return Number(res.updated ?? 0)
}
