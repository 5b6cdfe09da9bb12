// What a kill -9 leaves, put back by hand after a step has run to the end: its follow-up record
// pending, its messages unsent, its idempotency record without a reply. The follow-up tests then
// let the housekeeping sweep, or a retry of the same request, finish the step.
import { sdkDatabase } from './local-endpoint'
import { dumpDatabase, type TestStack } from './stack'

export type Doc = { _id: string } & Record<string, any>

const db = () => sdkDatabase('local')

/** The documents of one collection, read straight from the store. */
export const allOf = (stack: TestStack, coll: string) => dumpDatabase(stack)[coll] as Doc[]

/** The messages of one kind a person has. */
export const messagesOf = (stack: TestStack, userId: string, kind: string) =>
  allOf(stack, 'messages').filter((m) => m.userId === userId && m.kind === kind)

/** The follow-up record that tells `userId` a message of `kind`. */
export const recordTelling = (stack: TestStack, userId: string, kind: string) =>
  allOf(stack, 'follow_ups').find((r) =>
    r.effects.some(
      (e: Doc) => e.kind === 'notify' && e.userIds.includes(userId) && e.notice.kind === kind,
    ),
  ) as Doc

/**
 * A crash right after the step's write: its follow-up record pending, written long enough ago
 * for the sweep to take it, and none of the messages of `kinds` it sent to `userId`.
 */
export async function crashedAfterWrite(
  stack: TestStack,
  record: Doc,
  userId: string,
  kinds: readonly string[],
) {
  const _ = db().command
  await db()
    .collection('follow_ups')
    .doc(record._id)
    .update({ doneAt: null, expiresAt: _.remove(), createdAt: new Date(Date.now() - 120_000) })
  for (const kind of kinds) await removeMessages(messagesOf(stack, userId, kind))
}

/** Messages a crash kept from being written. */
export async function removeMessages(messages: Doc[]) {
  for (const m of messages) await db().collection('messages').doc(m._id).remove()
}

/** A first try that died before its reply was stored: the idempotency record pending, lease out. */
export async function replyNeverStored(stack: TestStack, answered: (reply: Doc) => boolean) {
  const [pending] = allOf(stack, 'idempotency').filter((r) => r.reply && answered(r.reply))
  await db()
    .collection('idempotency')
    .doc(pending._id)
    .update({ status: 'pending', leaseUntil: new Date(0), reply: db().command.remove() })
}

/** Runs the housekeeping sweep as its timer does; how many left follow-ups it finished. */
export async function sweep(stack: TestStack): Promise<number> {
  const reply = await stack.timer('housekeeping', 'sweep')
  expect(reply.ok).toBe(true)
  return reply.data.followUps as number
}
