// Timeline entries and the changes they go with, shared by complaints and wishes: an entry is
// signed with the caller's nickname (the committee sees who acted), and a step's change and
// entries carry the same moment.
import type { Ctx } from '../kernel/context'

/** The nickname a timeline entry is signed with. */
export function staffName(ctx: Ctx): string | undefined {
  return ctx.caller.user?.nickname
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
