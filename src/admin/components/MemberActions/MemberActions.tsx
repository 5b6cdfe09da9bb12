import { Text, View } from '@tarojs/components'
import type { MemberStatus } from '../../../../types/member'
import { ApproveForm } from './ApproveForm'
import { ReasonForm } from './ReasonForm'
import type { BranchChoice, MemberFormProps } from './form-props'
import './MemberActions.scss'

export type MemberActionsProps = MemberFormProps & {
  /** Only the committee may revoke a verification. */
  isAdmin: boolean
  branches: readonly BranchChoice[]
  branchesNote?: string
}

const SETTLED: Partial<Record<MemberStatus, string>> = {
  rejected: '已退回，等待本人修改后重新提交',
  withdrawn: '本人已撤回登记',
  revoked: '已撤销认证',
  draft: '本人尚未提交',
}

/** What a verifier can do with a registration, by where it stands. */
export function MemberActions({
  member,
  isAdmin,
  branches,
  branchesNote,
  onDone,
}: MemberActionsProps) {
  if (member.status === 'pending') {
    return (
      <View className="member-actions">
        <ApproveForm
          member={member}
          branches={branches}
          branchesNote={branchesNote}
          onDone={onDone}
        />
        <ReasonForm member={member} decision="reject" onDone={onDone} />
      </View>
    )
  }
  if (member.status === 'verified') {
    return (
      <View className="member-actions">
        {isAdmin ? (
          <ReasonForm member={member} decision="revoke" onDone={onDone} />
        ) : (
          <Text className="member-actions__waiting">已认证；如需撤销认证，请联系商圈党委</Text>
        )}
      </View>
    )
  }
  return (
    <View className="member-actions">
      <Text className="member-actions__waiting">{SETTLED[member.status]}</Text>
    </View>
  )
}
