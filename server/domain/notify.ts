// The one notification path: a notice becomes a message in each recipient's inbox and, where the
// person consented and has not turned the kind off, a WeChat subscribe message. Delivery never
// fails the action that caused it: a failed push is recorded on the message; a failed write is
// logged.
import crypto from 'node:crypto'
import { MANDATORY_KINDS, type MessageKind } from '../../types/inbox'
import type { Ctx } from '../kernel/context'
import { insertMessage, setPush, type PushRecord } from '../repositories/messages'
import { takeConsent } from '../repositories/subscriptions'
import { findUsersByIds, type UserDoc } from '../repositories/users'
import { templateData, type NoticeSlots } from '../services/subscribe-message'

export type Notice = {
  kind: MessageKind
  title: string
  body: string
  /** The page that opens what the notice is about. */
  link: string
  /** What the WeChat template shows. */
  slots: NoticeSlots
}

/**
 * The notice builder for one kind of titled document (an activity, a wish): the template's subject
 * is its title, and the notice opens `linkOf(doc)` unless a call names another page.
 */
export function noticesAbout<D extends { title: string }>(linkOf: (doc: D) => string) {
  return (
    doc: D,
    kind: MessageKind,
    title: string,
    body: string,
    status: string,
    note: string,
    now: Date,
    link = linkOf(doc),
  ): Notice => ({ kind, title, body, link, slots: { subject: doc.title, status, time: now, note } })
}

type NotifyCtx = Pick<Ctx, 'db' | 'now' | 'services'>

/** A push slower than this is recorded as failed, so it cannot run the action out of time. */
const SEND_TIMEOUT_MS = 3000

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${SEND_TIMEOUT_MS} ms`)),
      SEND_TIMEOUT_MS,
    )
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/**
 * Sends one notice to each of the users (once each, whatever the list repeats); never throws.
 * With a `key` each message's id is derived from it, so sending again under the key adds none.
 */
export async function notify(
  ctx: NotifyCtx,
  userIds: string[] | Promise<string[]>,
  notice: Notice,
  key?: string,
): Promise<void> {
  let users: UserDoc[]
  try {
    users = await findUsersByIds(ctx.db, [...new Set(await userIds)])
  } catch (err) {
    console.error(`[notify] ${notice.kind}`, err)
    return
  }
  // Each recipient on their own: one failure does not cost the others their message.
  await Promise.all(
    users.map((user) =>
      deliver(ctx, user, notice, key).catch((err) =>
        console.error(`[notify] ${notice.kind} → ${user._id}`, err),
      ),
    ),
  )
}

function messageId(key: string | undefined, userId: string): string {
  if (!key) return crypto.randomBytes(12).toString('hex')
  return crypto.createHash('sha256').update(`${key}\u0000${userId}`).digest('hex').slice(0, 24)
}

async function deliver(
  ctx: NotifyCtx,
  user: UserDoc,
  notice: Notice,
  key: string | undefined,
): Promise<void> {
  const id = messageId(key, user._id)
  const added = await insertMessage(ctx.db, {
    _id: id,
    userId: user._id,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    link: notice.link,
    createdAt: ctx.now(),
    readAt: null,
    push: { status: 'pending', at: ctx.now() },
  })
  if (!added) return
  await setPush(ctx.db, id, await push(ctx, user, notice))
}

async function push(ctx: NotifyCtx, user: UserDoc, notice: Notice): Promise<PushRecord> {
  const at = ctx.now()
  const template = ctx.services.templates[notice.kind]
  if (!template) return { status: 'no_template', at }
  const muted = (user.mutedKinds ?? []).includes(notice.kind)
  if (muted && !MANDATORY_KINDS.includes(notice.kind)) return { status: 'muted', at }
  if (!(await takeConsent(ctx.db, user._id, template.id))) return { status: 'no_consent', at }
  try {
    const outcome = await withTimeout(
      ctx.services.messages.send(
        {
          touser: user.openid,
          template_id: template.id,
          // WeChat takes the page without its leading slash.
          page: notice.link.replace(/^\//, ''),
          data: templateData(template, notice.slots),
        },
        ctx.db,
      ),
    )
    return outcome.status === 'sent' ? { status: 'sent', at } : { ...outcome, at }
  } catch (err) {
    return { status: 'failed', at, error: (err as Error).message ?? String(err) }
  }
}
