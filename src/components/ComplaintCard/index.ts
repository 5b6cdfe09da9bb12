export { ComplaintCard, complainantLabel } from './ComplaintCard'
export type { ComplaintCardProps } from './ComplaintCard'
