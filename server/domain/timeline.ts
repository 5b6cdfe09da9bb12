// Timeline entries and the changes they go with, shared by complaints and wishes: an entry is
// signed with the caller's nickname (the committee sees who acted), a step's change and entries
// carry the same moment, and a step moves a document on once, from the statuses it names.
import { conflict } from '../kernel/app-error'
import type { Ctx } from '../kernel/context'
import type { Database } from '../kernel/database'

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
export type Step<S, C, E, O> = {
  /** The statuses it may start from. */
  from: readonly S[]
  change: C
  /** What it appends to the timeline, stamped with the change's moment. */
  entries: Omit<E, 'at'>[]
  /** The CONFLICT message when the document is not (or no longer) in one of `from`. */
  conflict: string
  /** What the repository's write takes besides (the conditions the document must still meet). */
  options?: O
}

/**
 * The step function for one kind of document: `write` applies a step only while the document is
 * still in one of `from` (a conditional update), so a step happens once; the function answers the
 * document as written, or CONFLICT when it had moved on.
 */
export function stepper<
  S,
  C extends object,
  E extends object,
  O,
  D extends { _id: string; status: S },
>(
  write: (
    db: Database,
    id: string,
    from: readonly S[],
    change: C,
    entries: E[],
    options?: O,
  ) => Promise<boolean>,
  reload: (ctx: Ctx, id: string) => Promise<D>,
) {
  return async (ctx: Ctx, doc: D, step: Step<S, C, E, O>): Promise<D> => {
    if (!step.from.includes(doc.status)) throw conflict(step.conflict)
    const at = stampedAt(ctx.now(), step.change, step.entries)
    // An entry stamped with its `at` is a whole entry.
    const written = await write(
      ctx.db,
      doc._id,
      step.from,
      at.change,
      at.entries as E[],
      step.options,
    )
    if (!written) throw conflict(step.conflict)
    return reload(ctx, doc._id)
  }
}
