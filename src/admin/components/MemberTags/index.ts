export { MemberStatusTag, PhoneUnverifiedTag, RosterMatchTag } from './MemberTags'
export type {
  MemberStatusTagProps,
  PhoneUnverifiedTagProps,
  RosterMatchTagProps,
} from './MemberTags'
