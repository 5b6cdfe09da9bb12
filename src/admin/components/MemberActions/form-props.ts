import type { MemberDetail } from '../../../../types/member'

/** A branch (or general branch) a member can be brought into. */
export type BranchChoice = { orgId: string; name: string }

/** Each form acts on the registration shown; `onDone` gets the toast text, then it reloads. */
export type MemberFormProps = {
  member: MemberDetail
  onDone: (message: string) => void
}
