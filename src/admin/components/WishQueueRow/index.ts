export { WishQueueRow } from './WishQueueRow'
export type { WishQueueRowProps } from './WishQueueRow'
