export { ComplaintDetail } from './ComplaintDetail'
export type { ComplaintDetailProps } from './ComplaintDetail'
