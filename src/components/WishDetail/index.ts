export { WishDetail } from './WishDetail'
export type { WishDetailProps } from './WishDetail'
