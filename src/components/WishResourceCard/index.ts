export { WishResourceCard } from './WishResourceCard'
export type { WishResourceCardProps } from './WishResourceCard'
