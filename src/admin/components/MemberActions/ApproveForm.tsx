import { useState } from 'react'
import { Text } from '@tarojs/components'
import { ApproveMemberInput } from '../../../../types/member'
import { FormField } from '../../../components/FormField'
import { ActionForm } from '../ActionForm'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'
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
  const approve = useAction(api.member.approve)
  // Pressing again after a failed try repeats the same approval, not a second one.
  const idempotency = useIdempotencyKey()
  // The registration's own branch stays choosable even when the list leaves it out.
  const choices =
    member.branch && !branches.some((b) => b.orgId === member.branch?.orgId)
      ? [{ orgId: member.branch.orgId, name: member.branch.name }, ...branches]
      : branches

  const submit = async () => {
    if (!branchId) return approve.setFieldErrors({ branchId: '请选择要编入的党支部' })
    const input = approve.check(ApproveMemberInput, { userId: member.userId, branchId })
    if (!input) return
    const done = await approve.run(input, { idempotencyKey: idempotency.key })
    if (!done) return
    idempotency.renew()
    onDone('已通过')
  }

  return (
    <ActionForm
      className="approve-form"
      title="审核通过"
      action={approve}
      submitLabel="通过"
      submitClassName="member-detail__approve"
      onSubmit={submit}
    >
      <FormField
        name="branchId"
        label="编入党支部"
        hint="默认为其所在店铺所属的支部；书记只能编入本支部。"
        error={approve.fieldErrors.branchId}
        required
      >
        {choices.length ? (
          <ChoiceChips
            name="member-detail__branch"
            choices={choices.map((b) => ({ value: b.orgId, label: b.name }))}
            value={branchId}
            onChange={setBranchId}
          />
        ) : null}
        {branchesNote ? <Text className="console-form__hint">{branchesNote}</Text> : null}
      </FormField>
    </ActionForm>
  )
}
