// Each person's sign-ups, cancels and withdrawal of consent run one at a time under a lock of their
// own (a slot `signup:<userId>`): two concurrent sign-ups cannot both pass the overlap check, and a
// sign-up racing a withdrawal lands before it (and is cancelled by it) or after it (and is refused).
import crypto from 'node:crypto'
import { conflict } from '../kernel/app-error'
import type { Ctx } from '../kernel/context'
import { releaseSlot, takenSlots, takeSlotId } from '../repositories/slots'

/** A lock older than this was left by a crashed call and may be taken over. */
const LOCK_STALE_MS = 60_000
/** How long a call waits for the person's other call to finish before giving up. */
const LOCK_WAIT_MS = 10_000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Runs `work` holding the person's sign-up lock; always released. */
export async function underSignUpLock<T>(
  ctx: Ctx,
  userId: string,
  work: () => Promise<T>,
): Promise<T> {
  const id = `signup:${userId}`
  const ref = crypto.randomBytes(8).toString('hex')
  const giveUpAt = ctx.now().getTime() + LOCK_WAIT_MS
  while (!(await takeSlotId(ctx.db, id, ref, ctx.now()))) {
    const [held] = await takenSlots(ctx.db, [id])
    if (held && ctx.now().getTime() - new Date(held.createdAt).getTime() > LOCK_STALE_MS) {
      // Conditional on the stale holder's ref: a lock taken again meanwhile is left alone.
      await releaseSlot(ctx.db, id, held.ref)
      continue
    }
    if (ctx.now().getTime() > giveUpAt) throw conflict('您的另一个报名正在处理，请稍后再试')
    await sleep(15 + Math.random() * 35)
  }
  try {
    return await work()
  } finally {
    await releaseSlot(ctx.db, id, ref).catch((err) => console.error('[signUp] unlock', err))
  }
}
