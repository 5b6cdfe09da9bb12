// Timeline entries and the changes they go with, shared by complaints and wishes: an entry is
// signed with the caller's nickname (the committee sees who acted), a step's change and entries
// carry the same moment, and a step moves a document on once, from the statuses it names, with
// its follow-ups written alongside (follow-ups.ts).
import { AppError, conflict } from '../kernel/app-error'
import type { Ctx } from '../kernel/context'
import { updateWithFollowUp } from '../repositories/follow-ups'
import { carryOut, followUpRecord, takenBefore, type FollowUp } from './follow-ups'

/** The nickname a timeline entry is signed with. */
export function staffName(ctx: Ctx): string | undefined {
  return ctx.caller.user?.nickname
}

/**
 * A note of several clauses as one sentence: 已退款并道歉；整改：加强店员培训. Each clause loses its
 * own closing 。 or ； (people type them) so none doubles up; empty clauses are left out.
 */
export function clauses(...parts: (string | false | null | undefined)[]): string {
  return parts
    .map((p) => (p || '').trim().replace(/[。；;.，,\s]+$/u, ''))
    .filter(Boolean)
    .join('；')
}

/** An entry written by the caller in the role `actor`. */
export function entryBy<A extends string>(ctx: Ctx, actor: A, action: string, note: string) {
  return { actor, action, note, byName: staffName(ctx) }
}

/** The change and its entries as written at `now`. */
export function stampedAt<C extends object, E extends object>(now: Date, change: C, entries: E[]) {
  return {
    change: { ...change, updatedAt: now },
    entries: entries.map((e) => ({ ...e, at: now })),
  }
}

/** One step of a document with a status and a timeline, as a handler states it. */
export type Step<S, C, E, D> = {
  /** The statuses it may start from. */
  from: readonly S[]
  change: C
  /** What it appends to the timeline, stamped with the change's moment. */
  entries: Omit<E, 'at'>[]
  /** The CONFLICT message when the document is not (or no longer) in one of `from`. */
  conflict: string
  /**
   * Further conditions the document must still meet, as a query states them: a field equals the
   * value, or holds it when the field is a list.
   */
  guard?: Record<string, unknown>
  /** Other lists the step appends to besides the timeline (a wish's releases). */
  appends?: Record<string, object[]>
  /** What must follow the step (messages, the shop's card), given the document as written. */
  followUps?: (next: D) => FollowUp[] | Promise<FollowUp[]>
}

/** Applies a step to a document: the document as written, or CONFLICT when it had moved on. */
export type Stepper<S, D> = <C extends object, E extends object>(
  ctx: Ctx,
  doc: D,
  step: Step<S, C, E, D>,
) => Promise<D>

/** A timed sweep's step, as the sweep states it. */
export type SweepStep<S, C, E, D> = Omit<Step<S, C, E, D>, 'conflict'>

/**
 * The steps of a timed sweep, each with its follow-ups written with it (so a crash cannot lose
 * them): true when taken; false when the document had moved on since it was read (a person acted,
 * or another sweep did), or when the write failed, which is logged so that one document cannot
 * stop the run; the next run tries it again.
 */
export function sweeper<S, D extends { _id: string }>(step: Stepper<S, D>, label: string) {
  return async <C extends object, E extends object>(
    ctx: Ctx,
    doc: D,
    s: SweepStep<S, C, E, D>,
  ): Promise<boolean> => {
    try {
      await step(ctx, doc, { ...s, conflict: `${label}: moved on` })
      return true
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') return false
      console.error(`[${label} sweep] ${doc._id} left for the next run`, err)
      return false
    }
  }
}

/** Whether a stored value meets a guard's value, as the database's query would decide. */
function meets(value: unknown, wanted: unknown): boolean {
  if (Array.isArray(value)) return value.some((v) => meets(v, wanted))
  if (value instanceof Date || wanted instanceof Date)
    return (
      !!value &&
      !!wanted &&
      new Date(value as Date).getTime() === new Date(wanted as Date).getTime()
    )
  return (value ?? null) === (wanted ?? null)
}

/**
 * The step function for one collection of documents: a step is applied only while the document is
 * still in one of `from` (checked in the transaction that writes it), so it happens once, and its
 * follow-ups are written in the same transaction, then carried out. The function answers the
 * document as written, or CONFLICT when it had moved on; a retry of a request whose step was taken
 * answers the document too.
 */
export function stepper<S, D extends { _id: string; status: S }>(
  name: 'complaints' | 'wishes',
  reload: (ctx: Ctx, id: string) => Promise<D>,
): Stepper<S, D> {
  return async (ctx, doc, step) => {
    if (await takenBefore(ctx)) return reload(ctx, doc._id)
    if (!step.from.includes(doc.status)) throw conflict(step.conflict)
    const at = stampedAt(ctx.now(), step.change, step.entries)
    const appends: Record<string, object[]> = { ...step.appends, timeline: at.entries }
    const next = { ...doc, ...at.change } as D & Record<string, unknown>
    for (const [field, items] of Object.entries(appends))
      Object.assign(next, { [field]: [...((next[field] as object[] | undefined) ?? []), ...items] })
    const record = followUpRecord(ctx, (await step.followUps?.(next)) ?? [])
    const guard = Object.entries(step.guard ?? {})
    const written = await updateWithFollowUp<D & Record<string, unknown>>(
      ctx.db,
      name,
      doc._id,
      (found) =>
        step.from.includes(found.status) && guard.every(([field, v]) => meets(found[field], v)),
      at.change,
      appends,
      record,
    )
    if (!written) throw conflict(step.conflict)
    await carryOut(ctx, record)
    return reload(ctx, doc._id)
  }
}
