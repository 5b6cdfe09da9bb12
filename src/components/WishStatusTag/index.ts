export { WishStatusTag } from './WishStatusTag'
export type { WishStatusTagProps } from './WishStatusTag'
