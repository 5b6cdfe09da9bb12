import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { ConfirmComplaintInput } from '../../../types/complaint'
import { PageShell } from '../../components/PageShell'
import { ComplaintDetail } from '../../components/ComplaintDetail'
import { FieldError } from '../../components/FieldError'
import { StarPicker } from '../../components/StarPicker'
import { ErrorState, LoadingState } from '../../components/StateViews'
import { useAction } from '../../hooks/use-action'
import { useRemoteData } from '../../hooks/use-remote-data'
import { useRequireSignIn } from '../../hooks/use-require-sign-in'
import { confirmComplaint, getComplaint, type ComplaintView } from '../../services/complaint'
import { complaintUrl } from '../../constants/routes'
import { readParam } from '../../utils/params'
import './index.scss'

export default function ComplaintPage() {
  const { params } = useRouter()
  const complaintId = readParam(params.id)
  const signedIn = useRequireSignIn(complaintUrl(complaintId))
  const loaded = useRemoteData(() => getComplaint(complaintId), [complaintId], signedIn)
  const [complaint, setComplaint] = useState<ComplaintView>()

  useEffect(() => {
    if (loaded.data) setComplaint(loaded.data)
  }, [loaded.data])

  if (!signedIn) return <PageShell className="complaint-page">{null}</PageShell>

  return (
    <PageShell className="complaint-page">
      {loaded.loading && !complaint ? <LoadingState /> : null}
      {loaded.error ? (
        <ErrorState
          code={loaded.error.code}
          message={loaded.error.code === 'NOT_FOUND' ? '投诉不存在' : loaded.error.message}
          onRetry={loaded.error.code === 'NOT_FOUND' ? undefined : loaded.reload}
        />
      ) : null}
      {complaint ? (
        <View>
          {complaint.status === 'handled' && !complaint.confirmation ? (
            <ConfirmForm complaintId={complaint.complaintId} onConfirmed={setComplaint} />
          ) : null}
          <ComplaintDetail complaint={complaint} />
        </View>
      ) : null}
    </PageShell>
  )
}

type ConfirmFormProps = { complaintId: string; onConfirmed: (view: ComplaintView) => void }

/** The complainant says whether the handling satisfied them and rates it; this closes the case. */
function ConfirmForm({ complaintId, onConfirmed }: ConfirmFormProps) {
  const [satisfied, setSatisfied] = useState<boolean>()
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  const confirm = useAction(confirmComplaint)

  const send = async () => {
    const input = confirm.check(ConfirmComplaintInput, {
      complaintId,
      satisfied,
      rating: rating || undefined,
      comment,
    })
    if (!input) return
    const view = await confirm.run(input)
    if (view) {
      Taro.showToast({ title: '感谢您的评价', icon: 'success' })
      onConfirmed(view)
    }
  }

  return (
    <View className="card confirm-form">
      <Text className="section__title">办理结果已反馈，请您确认</Text>
      <View className="confirm-form__choices">
        {[
          { value: true, label: '满意' },
          { value: false, label: '不满意' },
        ].map((choice) => (
          <Text
            key={choice.label}
            className={`confirm-form__choice${satisfied === choice.value ? ' confirm-form__choice--active' : ''}`}
            data-satisfied={String(choice.value)}
            onClick={() => setSatisfied(choice.value)}
          >
            {choice.label}
          </Text>
        ))}
      </View>
      <FieldError field="satisfied" message={confirm.fieldErrors.satisfied} />
      <Text className="confirm-form__label">为办理打分</Text>
      <StarPicker name="confirm-rating" value={rating} onChange={setRating} />
      <FieldError field="rating" message={confirm.fieldErrors.rating} />
      <TextArea
        className="confirm-form__comment"
        value={comment}
        maxLength={200}
        showCount
        placeholder="还有什么想说的（可选）"
        onChange={setComment}
      />
      <FieldError field="comment" message={confirm.fieldErrors.comment} />
      <Button
        className="confirm-form__submit"
        type="primary"
        block
        loading={confirm.pending}
        onClick={send}
      >
        确认并评价
      </Button>
    </View>
  )
}
