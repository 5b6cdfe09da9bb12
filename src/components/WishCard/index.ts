export { WishCard, holderLabel } from './WishCard'
export type { WishCardProps } from './WishCard'
