export { RecordDetail } from './RecordDetail'
export type { RecordDetailProps } from './RecordDetail'
