// Which resources match a wish: one rule for the committee's suggestions and for telling resource
// owners of a newly opened wish, so both name the same resources.
import { shanghaiMonth, shanghaiToday } from '../../../types/shanghai-time'
import type { Ctx } from '../../../server/kernel/context'
import { matchingResources } from '../../../server/repositories/resource-use'
import type { ResourceDoc } from '../../../server/repositories/resources'
import { findShop } from '../../../server/repositories/shops'
import type { WishDoc } from '../../../server/repositories/wishes'

/** The names a wish's place goes by, to match resources' areas against. */
function placeNames(doc: WishDoc, floorUnit?: string): string[] {
  if (!doc.place) return []
  if (doc.place.kind === 'area') return [doc.place.area]
  return [doc.place.shopName, ...(floorUnit ? [floorUnit] : [])]
}

/**
 * Approved resources of the wish's category, valid today, with capacity left this month, serving
 * the wish's place: a resource with no areas serves the whole district; otherwise one of its areas
 * must contain (or be contained in) the wish's area, or its shop's name or floor/unit.
 */
export async function resourcesMatching(ctx: Ctx, doc: WishDoc): Promise<ResourceDoc[]> {
  if (!doc.category) return []
  const now = ctx.now()
  const shop = doc.place?.kind === 'shop' ? await findShop(ctx.db, doc.place.shopId) : null
  return matchingResources(ctx.db, {
    category: doc.category,
    places: placeNames(doc, shop?.floorUnit),
    today: shanghaiToday(now),
    month: shanghaiMonth(now),
  })
}
