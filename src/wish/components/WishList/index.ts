export { WishList, openWish } from './WishList'
export type { WishListProps } from './WishList'
