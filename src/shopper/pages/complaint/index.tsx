import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ConfirmComplaintInput } from '../../../../types/complaint'
import { PageShell } from '../../../components/PageShell'
import { ComplaintDetail } from '../../../components/ComplaintDetail'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { StarPicker } from '../../../components/StarPicker'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import type { ComplaintView } from '../../../../types/complaint'
import { complaintUrl } from '../../../constants/routes'
import { readParam } from '../../../utils/params'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import './index.scss'

export default function ComplaintPage() {
  const { params } = useRouter()
  const complaintId = readParam(params.id)
  const signedIn = useRequireSignIn(complaintUrl(complaintId))
  const loaded = useRemoteData(() => api.complaint.get({ complaintId }), [complaintId], signedIn)
  const complaint = loaded.data

  if (!signedIn) return <PageShell className="complaint-page" />

  return (
    <PageShell className="complaint-page">
      <LoadStates loaded={loaded} messages={{ NOT_FOUND: '投诉不存在' }} />
      {complaint ? (
        <View>
          {complaint.status === 'handled' && !complaint.confirmation ? (
            <ConfirmForm complaintId={complaint.complaintId} onConfirmed={loaded.set} />
          ) : null}
          <ComplaintDetail complaint={complaint} />
        </View>
      ) : null}
    </PageShell>
  )
}

type Satisfaction = 'satisfied' | 'unsatisfied'
const SATISFACTION_CHOICE: ChoiceSpec<Satisfaction> = {
  name: 'satisfied',
  chips: 'confirm-satisfied',
  choices: [
    { value: 'satisfied', label: '满意' },
    { value: 'unsatisfied', label: '不满意' },
  ],
}
const MAX_COMMENT = 200

const COMMENT_FIELDS: FieldSpec[] = [
  {
    name: 'comment',
    className: 'confirm-form__comment',
    multiline: true,
    max: MAX_COMMENT,
    placeholder: '还有什么想说的（可选）',
  },
]

type ConfirmFormProps = { complaintId: string; onConfirmed: (view: ComplaintView) => void }

/** The complainant says whether the handling satisfied them and rates it; this closes the case. */
function ConfirmForm({ complaintId, onConfirmed }: ConfirmFormProps) {
  const [satisfied, setSatisfied] = useState<Satisfaction>()
  const [rating, setRating] = useState(0)
  const form = useFieldValues({ comment: '' })
  const confirm = useAction(api.complaint.confirm)

  const send = async () => {
    const input = confirm.check(ConfirmComplaintInput, {
      complaintId,
      satisfied: satisfied === undefined ? undefined : satisfied === 'satisfied',
      rating: rating || undefined,
      comment: form.values.comment,
    })
    if (!input) return
    const view = await confirm.run(input)
    if (view) {
      Taro.showToast({ title: '感谢您的评价', icon: 'success' })
      onConfirmed(view)
    }
  }

  return (
    <FormCard
      name="confirm-form"
      title="办理结果已反馈，请您确认"
      action={confirm}
      submitLabel="确认并评价"
      onSubmit={send}
    >
      <ChoiceField spec={SATISFACTION_CHOICE} value={satisfied} onChange={setSatisfied} />
      <FormField name="rating" label="为办理打分" error={confirm.fieldErrors.rating}>
        <StarPicker name="confirm-rating" value={rating} onChange={setRating} />
      </FormField>
      <FormFields fields={COMMENT_FIELDS} form={form} />
    </FormCard>
  )
}
