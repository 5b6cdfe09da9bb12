// The inbox: one document per message a person received, written by the server. Reads and marks
// are always by the owner's user id, so nobody reads another person's messages.
import type { Paged } from '../../types/common'
import type { MessageKind } from '../../types/inbox'
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import { pagedQuery, type PageRequest, NEWEST } from './paged'

/** What became of the WeChat copy of a message. */
export type PushRecord = {
  status: 'pending' | 'sent' | 'refused' | 'failed' | 'muted' | 'no_template' | 'no_consent'
  at: Date
  error?: string
}

export type MessageDoc = {
  _id: string
  userId: string
  kind: MessageKind
  title: string
  body: string
  link: string
  createdAt: Date
  readAt: Date | null
  push: PushRecord
}

const messages = (db: Database) => collection(db, 'messages')

/** Writes the message unless one with its id exists (a re-run follow-up); false when it did. */
export function insertMessage(db: Database, doc: MessageDoc): Promise<boolean> {
  return addUnlessPresent(db, 'messages', doc)
}

export async function setPush(db: Database, id: string, push: PushRecord): Promise<void> {
  await messages(db).doc(id).update({ push })
}

/** The person's messages, newest first; only unread ones if asked. */
export function listMessages(
  db: Database,
  userId: string,
  unreadOnly: boolean,
  page: PageRequest,
): Promise<Paged<MessageDoc>> {
  const where = unreadOnly ? { userId, readAt: null } : { userId }
  return pagedQuery(messages(db).where(where), NEWEST, page)
}

export async function countUnread(db: Database, userId: string): Promise<number> {
  return (await messages(db).where({ userId, readAt: null }).count()).total
}

/** Marks the person's own messages read (these, or all); how many changed. */
export async function markRead(
  db: Database,
  userId: string,
  ids: string[] | null,
  now: Date,
): Promise<number> {
  const where = ids ? { userId, readAt: null, _id: db.command.in(ids) } : { userId, readAt: null }
  const res = await messages(db).where(where).update({ readAt: now })
  return Number(res.updated ?? 0)
}

/** 注销: the person's messages go (of these kinds, or all when the account goes too). */
export async function removeMessages(
  db: Database,
  userId: string,
  kinds?: readonly MessageKind[],
): Promise<void> {
  const where = kinds ? { userId, kind: db.command.in([...kinds]) } : { userId }
  await messages(db).where(where).remove()
}
