export { MemberActions } from './MemberActions'
export type { MemberActionsProps } from './MemberActions'
export type { BranchChoice, MemberFormProps } from './form-props'
