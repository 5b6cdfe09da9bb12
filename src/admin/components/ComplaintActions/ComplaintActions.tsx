import { Text, View } from '@tarojs/components'
import type { ComplaintView } from '../../../../types/complaint'
import { AcceptForm } from './AcceptForm'
import { AssignForm } from './AssignForm'
import { HandleForm } from './HandleForm'
import { RejectForm } from './RejectForm'
import { VerifyRectification } from './VerifyRectification'
import type { ComplaintFormProps } from './form-props'
import './ComplaintActions.scss'

/** What the committee can do next with a complaint, by where it stands in the loop. */
export function ComplaintActions({ complaint, onChanged }: ComplaintFormProps) {
  const forms = actionsFor(complaint)
  return (
    <View className="complaint-actions">
      {waitingText(complaint) ? (
        <Text className="complaint-actions__waiting">{waitingText(complaint)}</Text>
      ) : null}
      {forms.map((Form, i) => (
        // The forms for one status are a fixed list, so their position is a stable key.
        <Form key={`${complaint.status}-${i}`} complaint={complaint} onChanged={onChanged} />
      ))}
    </View>
  )
}

function actionsFor(complaint: ComplaintView): ((props: ComplaintFormProps) => JSX.Element)[] {
  switch (complaint.status) {
    case 'submitted':
      return [AcceptForm, RejectForm]
    case 'accepted':
      return [AssignForm]
    case 'assigned':
      // The merchant handles its own complaints from the merchant pages; the committee may still
      // hand the complaint to someone else, e.g. when it is overdue.
      return complaint.handler?.kind === 'merchant' ? [AssignForm] : [HandleForm, AssignForm]
    case 'handled':
    case 'closed':
      return complaint.upheld && !complaint.rectificationVerified ? [VerifyRectification] : []
    default:
      return []
  }
}

/** What the complaint is waiting for, when that is someone other than the committee. */
function waitingText(complaint: ComplaintView): string {
  switch (complaint.status) {
    case 'assigned':
      return complaint.handler?.kind === 'merchant' ? '已交办商户，等待商户提交办理结果' : ''
    case 'handled':
      return '已办理，等待投诉人确认（7 天后自动办结）'
    case 'rejected':
      return '已不予受理'
    case 'closed':
      return '已办结'
    default:
      return ''
  }
}
