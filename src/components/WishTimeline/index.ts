export { WishTimeline } from './WishTimeline'
export type { WishTimelineProps } from './WishTimeline'
