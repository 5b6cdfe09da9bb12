export { ActivityCard, openActivity } from './ActivityCard'
export type { ActivityCardProps } from './ActivityCard'
