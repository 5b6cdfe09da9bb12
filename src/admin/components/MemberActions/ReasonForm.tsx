import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { RejectMemberInput, RevokeMemberInput } from '../../../../types/member'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'
import type { MemberFormProps } from './form-props'
import { FormFields } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

/** The two decisions that need a reason the member reads: 退回 (pending) and 撤销认证 (verified). */
const DECISIONS = {
  reject: {
    title: '退回登记',
    open: '退回',
    placeholder: '退回原因（本人可见），如：入党时间与档案记录不符，请核对后重新提交',
    confirm: '确认退回',
    done: '已退回',
    schema: RejectMemberInput,
    action: api.member.reject,
  },
  revoke: {
    title: '撤销认证',
    open: '撤销认证',
    placeholder: '撤销原因（本人可见）。撤销后其亮身份立即从店铺页消失，党员卡失效',
    confirm: '确认撤销',
    done: '已撤销认证',
    schema: RevokeMemberInput,
    action: api.member.revoke,
  },
} as const

export type ReasonFormProps = MemberFormProps & { decision: keyof typeof DECISIONS }

/** Opens with a button, then asks for the reason (2–200 字) before deciding. */
export function ReasonForm({ member, decision, onDone }: ReasonFormProps) {
  const copy = DECISIONS[decision]
  const [open, setOpen] = useState(false)
  const form = useFieldValues({ reason: '' })
  const decide = useAction(copy.action)
  // Pressing again after a failed try repeats the same decision, not a second one.
  const idempotency = useIdempotencyKey()

  const submit = async () => {
    const input = decide.check(copy.schema, { userId: member.userId, ...form.values })
    if (!input) return
    const done = await decide.run(input, { idempotencyKey: idempotency.key })
    if (!done) return
    idempotency.renew()
    onDone(copy.done)
  }

  if (!open) {
    return (
      <View className={`action-form ${decision}-form`}>
        <Button
          className={`member-detail__${decision}`}
          size="small"
          fill="outline"
          type="primary"
          onClick={() => setOpen(true)}
        >
          {copy.open}
        </Button>
      </View>
    )
  }

  return (
    <ActionForm
      className={`${decision}-form`}
      title={copy.title}
      action={decide}
      submitLabel={copy.confirm}
      submitClassName={`member-detail__confirm-${decision}`}
      onSubmit={submit}
      onCancel={() => setOpen(false)}
      cancelClassName="member-detail__cancel"
    >
      <FormFields
        fields={[reasonField('member-detail__reason', copy.placeholder)]}
        form={form}
        errors={decide.fieldErrors}
      />
    </ActionForm>
  )
}
