export { RecordCard } from './RecordCard'
export type { RecordCardProps } from './RecordCard'
