import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ApproveMemberInput } from '../../../../types/member'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { approveMember } from '../../../services/member'
import { ChoiceChips } from '../../../components/ChoiceChips'
import type { BranchChoice, MemberFormProps } from './form-props'

export type ApproveFormProps = MemberFormProps & {
  branches: readonly BranchChoice[]
  /** Why there are no branches to pick from (still loading, failed), if so. */
  branchesNote?: string
}

/** 通过: the registration is verified and the member brought into a branch (their shop's by default). */
export function ApproveForm({ member, branches, branchesNote, onDone }: ApproveFormProps) {
  const [branchId, setBranchId] = useState(member.branch?.orgId)
  const approve = useAction(approveMember)
  // The registration's own branch stays choosable even when the list leaves it out.
  const choices =
    member.branch && !branches.some((b) => b.orgId === member.branch?.orgId)
      ? [{ orgId: member.branch.orgId, name: member.branch.name }, ...branches]
      : branches

  const submit = async () => {
    if (!branchId) return approve.setFieldErrors({ branchId: '请选择要编入的党支部' })
    const input = approve.check(ApproveMemberInput, { userId: member.userId, branchId })
    if (!input) return
    const done = await approve.run(input.userId, input.branchId)
    if (done) onDone('已通过')
  }

  return (
    <View className="member-action approve-form">
      <Text className="member-action__title">审核通过</Text>
      <Text className="console-form__label">编入党支部</Text>
      {choices.length ? (
        <ChoiceChips
          name="member-detail__branch"
          choices={choices.map((b) => ({ value: b.orgId, label: b.name }))}
          value={branchId ? [branchId] : []}
          onChange={([next]) => setBranchId(next)}
        />
      ) : null}
      {branchesNote ? <Text className="console-form__hint">{branchesNote}</Text> : null}
      <Text className="console-form__hint">默认为其所在店铺所属的支部；书记只能编入本支部。</Text>
      <FieldError field="branchId" message={approve.fieldErrors.branchId} />
      <View className="member-action__buttons">
        <Button
          className="member-detail__approve"
          type="primary"
          size="small"
          loading={approve.pending}
          onClick={submit}
        >
          通过
        </Button>
      </View>
    </View>
  )
}
