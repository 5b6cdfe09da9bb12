// The local stack's outbox: every subscribe message the WeChat sender would have sent, as sent.
import type { SubscribeSend } from '../services/subscribe-message'
import { collection, type Database } from '../kernel/database'

export async function appendOutbox(db: Database, message: SubscribeSend): Promise<void> {
  await collection(db, 'outbox').add({ ...message, createdAt: new Date() })
}

/** The newest entries, for a developer. */
export async function latestOutbox(db: Database, limit: number): Promise<unknown[]> {
  const res = await collection(db, 'outbox').orderBy('createdAt', 'desc').limit(limit).get()
  return res.data
}
