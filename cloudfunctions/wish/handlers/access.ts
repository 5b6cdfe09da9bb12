// Who the caller is to a wish, loading one for them, moving it on, and the slots that bound how
// much one person holds: shared by the wish function's handlers.
import { loaderOf } from '../../../server/kernel/load'
import { stepper } from '../../../server/domain/timeline'
import type { Ctx } from '../../../server/kernel/context'
import { callerKeys, holderKey } from '../../../server/domain/holders'
import { committeeIds } from '../../../server/domain/recipients'
import { isAdmin, leadsBranch } from '../../../server/domain/staff'
import { wishView, type WishRelation } from '../../../server/domain/wish-view'
import { findProject } from '../../../server/repositories/projects'
import { findResource } from '../../../server/repositories/resources'
import {
  releaseSlot,
  releaseSlotOf,
  slotIds,
  takeFreeSlot,
  takenSlots,
} from '../../../server/repositories/slots'
import {
  findWish,
  POOL_STATUSES,
  type HolderDoc,
  type WishDoc,
} from '../../../server/repositories/wishes'

export { isAdmin, leadsBranch }

export async function relationTo(ctx: Ctx, doc: WishDoc): Promise<WishRelation> {
  const user = ctx.caller.user
  const committee = isAdmin(ctx)
  const wisher = !!user && doc.wisherId === user._id
  const keys = doc.holderKeys.length ? await callerKeys(ctx) : []
  const holds = doc.holderKeys.some((k) => keys.includes(k))
  const reviewer = leadsBranch(ctx, doc.branchId)
  const viewer = committee
    ? 'committee'
    : wisher
      ? 'wisher'
      : holds && (doc.status === 'claimed' || doc.status === 'fulfilled')
        ? 'holder'
        : holds && doc.status === 'dispatched'
          ? 'assignee'
          : reviewer
            ? 'reviewer'
            : 'public'
  const mayClaim = ['member', 'merchant', 'secretary'].some((r) =>
    ctx.caller.roles.includes(r as never),
  )
  return { viewer, committee, wisher, holds, reviewer, mayClaim }
}

/**
 * Wishes not on the wall are seen by their wisher, the committee and the reviewing secretary; a
 * draft, not yet submitted, only by its writer.
 */
export function seesWish(doc: WishDoc, rel: WishRelation): boolean {
  if (doc.status === 'draft') return rel.wisher
  return POOL_STATUSES.includes(doc.status) || rel.viewer !== 'public'
}

export const loadWish = loaderOf(findWish, '心愿')

/** The wish as the caller sees it now. */
export async function viewFor(ctx: Ctx, doc: WishDoc) {
  const rel = await relationTo(ctx, doc)
  const [resource, project] = await Promise.all([
    doc.resourceId ? findResource(ctx.db, doc.resourceId) : null,
    doc.projectId ? findProject(ctx.db, doc.projectId) : null,
  ])
  return wishView(doc, rel, {
    resourceTitle: resource?.title ?? null,
    projectName: project?.name ?? null,
  })
}

/** Reloads the wish after a change and answers with the caller's view of it. */
export async function reloadView(ctx: Ctx, id: string) {
  return viewFor(ctx, await loadWish(ctx, id))
}

/** Applies one step, or answers CONFLICT when the wish is not where it was. */
export const step = stepper('wishes', loadWish)

/** Whom the wisher's news reaches: the wisher, or for 代录 the committee. */
export function wisherIds(ctx: Ctx, doc: WishDoc): Promise<string[]> | string[] {
  return doc.onBehalf ? committeeIds(ctx.db) : [doc.wisherId]
}

// ---- slots -------------------------------------------------------------------------------------

/** A slot left by a crash (its wish never written) may be taken after this. */
const ORPHAN_SLOT_MS = 60 * 1000

export const wishSlots = (userId: string, limit: number) => slotIds('wish', userId, limit)
export const claimSlots = (holder: HolderDoc, limit: number) =>
  slotIds('claim', holderKey(holder), limit)

/**
 * Takes a free slot among `ids` for `ref`. When all are taken, a slot whose wish no longer counts
 * (`live` says which do) is freed — conditionally, so a slot taken again meanwhile is left — and
 * the take tried once more. A slot younger than a minute is in flight and always counts.
 */
export async function takeSlot(
  ctx: Ctx,
  ids: string[],
  ref: string,
  live: (doc: WishDoc) => boolean,
): Promise<string | null> {
  const now = ctx.now()
  const taken = await takeFreeSlot(ctx.db, ids, ref, now)
  if (taken) return taken
  let freed = false
  for (const slot of await takenSlots(ctx.db, ids)) {
    if (now.getTime() - new Date(slot.createdAt).getTime() <= ORPHAN_SLOT_MS) continue
    const doc = await findWish(ctx.db, slot.ref)
    if (doc && live(doc)) continue
    await releaseSlot(ctx.db, slot._id, slot.ref)
    freed = true
  }
  return freed ? takeFreeSlot(ctx.db, ids, ref, now) : null
}

/** The slot among `ids` that holds `ref`, if one does. */
export async function slotHolding(ctx: Ctx, ids: string[], ref: string): Promise<string | null> {
  return (await takenSlots(ctx.db, ids)).find((slot) => slot.ref === ref)?._id ?? null
}

export async function releaseWishSlot(ctx: Ctx, doc: WishDoc, limit: number): Promise<void> {
  if (doc.onBehalf) return
  await releaseSlotOf(ctx.db, wishSlots(doc.wisherId, limit), doc._id)
}

export async function releaseClaimSlot(
  ctx: Ctx,
  doc: WishDoc,
  holder: HolderDoc,
  limit: number,
): Promise<void> {
  await releaseSlotOf(ctx.db, claimSlots(holder, limit), doc._id)
}
