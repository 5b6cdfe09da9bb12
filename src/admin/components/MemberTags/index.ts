export { MemberStatusTag, RosterMatchTag } from './MemberTags'
export type { MemberStatusTagProps, RosterMatchTagProps } from './MemberTags'
