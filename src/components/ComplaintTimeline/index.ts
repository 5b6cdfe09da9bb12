export { ComplaintTimeline } from './ComplaintTimeline'
export type { ComplaintTimelineProps } from './ComplaintTimeline'
