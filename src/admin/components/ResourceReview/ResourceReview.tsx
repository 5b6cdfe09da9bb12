import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ReviewResourceInput } from '../../../../types/resource'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import type { ResourceView } from '../../../../types/resource'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import { AdminPanel } from '../AdminPanel'
import { FormFields } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

export type ResourceReviewProps = {
  resource: ResourceView
  onReviewed: (next: ResourceView, message: string) => void
}

const REASON_FIELDS = [
  reasonField('resource-reject-form__reason', '请写明不通过的原因', {
    label: '原因（发布人可见）',
    required: true,
  }),
]

/** 通过 at once, or 不通过 with a reason the publisher reads (asked for in a panel). */
export function ResourceReview({ resource, onReviewed }: ResourceReviewProps) {
  const [rejecting, setRejecting] = useState(false)
  const form = useFieldValues({ reason: '' })
  const review = useAction(api.resource.review)

  const approve = async () => {
    const next = await review.run({ resourceId: resource.resourceId, decision: 'approve' })
    if (next) onReviewed(next, '已通过')
  }

  const reject = async () => {
    const input = review.check(ReviewResourceInput, {
      resourceId: resource.resourceId,
      decision: 'reject',
      ...form.values,
    })
    if (!input) return
    const next = await review.run(input)
    if (!next) return
    setRejecting(false)
    onReviewed(next, '已不通过')
  }

  return (
    <View className="console-actions resource-review" onClick={(e) => e.stopPropagation()}>
      <Button
        className="resource-review__approve"
        type="primary"
        size="small"
        loading={review.pending && !rejecting}
        onClick={approve}
      >
        通过
      </Button>
      <Button className="resource-review__reject" size="small" onClick={() => setRejecting(true)}>
        不通过
      </Button>
      {rejecting ? (
        <AdminPanel
          name="resource-reject-panel"
          title="不通过"
          subtitle={resource.title}
          onClose={() => setRejecting(false)}
        >
          <ActionForm
            className="resource-reject-form"
            action={review}
            submitLabel="不通过"
            submitFill="outline"
            onSubmit={reject}
            onCancel={() => setRejecting(false)}
          >
            <FormFields fields={REASON_FIELDS} form={form} errors={review.fieldErrors} />
          </ActionForm>
        </AdminPanel>
      ) : null}
    </View>
  )
}
