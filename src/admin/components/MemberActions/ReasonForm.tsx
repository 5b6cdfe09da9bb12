import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { RejectMemberInput, RevokeMemberInput } from '../../../../types/member'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { rejectMember, revokeMember } from '../../../services/member'
import type { MemberFormProps } from './form-props'

/** The two decisions that need a reason the member reads: 退回 (pending) and 撤销认证 (verified). */
const DECISIONS = {
  reject: {
    title: '退回登记',
    open: '退回',
    placeholder: '退回原因（本人可见），如：入党时间与档案记录不符，请核对后重新提交',
    confirm: '确认退回',
    done: '已退回',
    schema: RejectMemberInput,
    action: rejectMember,
  },
  revoke: {
    title: '撤销认证',
    open: '撤销认证',
    placeholder: '撤销原因（本人可见）。撤销后其亮身份立即从店铺页消失，党员卡失效',
    confirm: '确认撤销',
    done: '已撤销认证',
    schema: RevokeMemberInput,
    action: revokeMember,
  },
} as const

export type ReasonFormProps = MemberFormProps & { decision: keyof typeof DECISIONS }

/** Opens with a button, then asks for the reason (2–200 字) before deciding. */
export function ReasonForm({ member, decision, onDone }: ReasonFormProps) {
  const copy = DECISIONS[decision]
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const decide = useAction(copy.action)

  const submit = async () => {
    const input = decide.check(copy.schema, { userId: member.userId, reason })
    if (!input) return
    const done = await decide.run(input.userId, input.reason)
    if (done) onDone(copy.done)
  }

  if (!open) {
    return (
      <View className={`member-action ${decision}-form`}>
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
    <View className={`member-action ${decision}-form`}>
      <Text className="member-action__title">{copy.title}</Text>
      <TextArea
        className="console-textarea member-detail__reason"
        value={reason}
        maxLength={200}
        showCount
        placeholder={copy.placeholder}
        onChange={setReason}
      />
      <FieldError field="reason" message={decide.fieldErrors.reason} />
      <View className="member-action__buttons">
        <Button className="member-detail__cancel" size="small" onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button
          className={`member-detail__confirm-${decision}`}
          size="small"
          type="primary"
          loading={decide.pending}
          onClick={submit}
        >
          {copy.confirm}
        </Button>
      </View>
    </View>
  )
}
