// Who runs a shop: the shop's own list of merchants decides, everywhere. (The claim writes it in
// the same transaction as the user's merchant role and shop list; the latter only feed the profile.)
import type { ShopDoc } from '../repositories/shops'
import type { UserDoc } from '../repositories/users'

export function runsShop(user: UserDoc | null, shop: ShopDoc): boolean {
  return !!user && (shop.merchantIds ?? []).includes(user._id)
}
