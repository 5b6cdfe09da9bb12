export { Timeline } from './Timeline'
export type { TimelineEntry, TimelineProps } from './Timeline'
