// 扫码登录 requests. Each moves one way only — pending → approved or refused, approved → used —
// by a conditional update, so two phones confirming at once, or two pollers collecting the token,
// cannot both win.
import crypto from 'node:crypto'
import { addUnlessPresent, type Database } from '../kernel/database'
import { byId, findOne, updateIf } from './reads'

export type LoginRequestDoc = {
  _id: string
  /** The QR code's ticket, hashed: the code never reveals the request id. */
  ticketHash: string
  status: 'pending' | 'approved' | 'refused' | 'used'
  /** Who confirmed or refused it, from the phone. */
  decidedBy: string | null
  browser: string
  createdAt: Date
  expiresAt: Date
}

export async function addLoginRequest(db: Database, doc: LoginRequestDoc): Promise<void> {
  if (!(await addUnlessPresent(db, 'login_requests', doc)))
    throw new Error('login request id collision')
}

export const findLoginRequest = byId<LoginRequestDoc>('login_requests')

export const hashTicket = (ticket: string) =>
  crypto.createHash('sha256').update(ticket).digest('hex')

/** The request a scanned ticket stands for. */
export function findLoginRequestByTicket(
  db: Database,
  ticket: string,
): Promise<LoginRequestDoc | null> {
  return findOne<LoginRequestDoc>(db, 'login_requests', { ticketHash: hashTicket(ticket) })
}

/**
 * Approves or refuses a pending request before it expires; false when it was not pending. An
 * approved request then waits `collectMs` for the desktop, however close to expiry it was.
 */
export function decideLoginRequest(
  db: Database,
  id: string,
  approve: boolean,
  openid: string,
  now: Date,
  collectMs: number,
): Promise<boolean> {
  const where = { _id: id, status: 'pending', expiresAt: db.command.gt(now) }
  return updateIf(db, 'login_requests', where, {
    status: approve ? 'approved' : 'refused',
    decidedBy: openid,
    ...(approve ? { expiresAt: new Date(now.getTime() + collectMs) } : {}),
  })
}

/** Marks an approved request used; true for the one caller that did. */
export function useLoginRequest(db: Database, id: string): Promise<boolean> {
  return updateIf(db, 'login_requests', { _id: id, status: 'approved' }, { status: 'used' })
}
