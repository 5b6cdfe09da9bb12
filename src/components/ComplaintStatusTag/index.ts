export { ComplaintStatusTag } from './ComplaintStatusTag'
export type { ComplaintStatusTagProps } from './ComplaintStatusTag'
