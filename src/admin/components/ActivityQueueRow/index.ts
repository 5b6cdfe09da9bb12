export { ActivityQueueRow, activityTime } from './ActivityQueueRow'
