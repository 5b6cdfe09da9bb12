export { CommitmentList } from './CommitmentList'
export type { CommitmentListProps } from './CommitmentList'
