export { useWishConfirm } from './WishConfirmFields'
export type { WishConfirmBy } from './WishConfirmFields'
