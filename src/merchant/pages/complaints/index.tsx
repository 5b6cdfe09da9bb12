import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  COMPLAINT_STATUSES,
  ComplaintStatus,
  HandleComplaintInput,
  ReplyComplaintInput,
} from '../../../../types/complaint'
import { PageShell } from '../../../components/PageShell'
import { ComplaintCard } from '../../../components/ComplaintCard'
import { ComplaintDetail } from '../../../components/ComplaintDetail'
import { FilterChips, filterOptions } from '../../../components/FilterChips'
import { FormCard } from '../../../components/FormCard'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { useFormAction } from '../../../hooks/use-form-action'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useShopParam } from '../../../hooks/use-shop-param'
import { api } from '../../../services/call-function'
import type { ComplaintView } from '../../../../types/complaint'
import { ROUTES } from '../../../constants/routes'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import './index.scss'

const PAGE_SIZE = 10
const STATUS_FILTER = {
  name: 'merchant-status-filter',
  options: filterOptions('全部', ComplaintStatus.options, (s) => COMPLAINT_STATUSES[s]),
}
const MAX_REPLY = 300
const MAX_HANDLING = 500

export default function MerchantComplaintsPage() {
  const { shopId, signedIn } = useShopParam(ROUTES.merchantComplaints)
  const [status, setStatus] = useState<ComplaintStatus>()
  const complaints = usePagedList(
    (page) => api.complaint.forShop({ shopId, status, page, pageSize: PAGE_SIZE }),
    [shopId, status],
    signedIn,
  )

  if (!signedIn) return <PageShell className="merchant-complaints" />
  return (
    <PageShell className="merchant-complaints">
      <FilterChips {...STATUS_FILTER} value={status} onChange={setStatus} />
      <LoadMoreList
        name="merchant-complaints"
        list={complaints}
        item={(complaint) => <MerchantComplaint key={complaint.complaintId} initial={complaint} />}
        empty={status ? `没有${COMPLAINT_STATUSES[status]}的投诉` : '本店暂无投诉'}
        emptyHint="保持诚信经营，继续加油"
      />
    </PageShell>
  )
}

const HANDLE_FIELDS: FieldSpec[] = [
  {
    name: 'result',
    className: 'merchant-handle__result',
    multiline: true,
    max: MAX_HANDLING,
    placeholder: '办理结果（必填）',
  },
  {
    name: 'rectification',
    className: 'merchant-handle__rectification',
    multiline: true,
    max: MAX_HANDLING,
    placeholder: '整改情况（可选）',
  },
]

const REPLY_FIELDS: FieldSpec[] = [
  {
    name: 'text',
    className: 'merchant-reply__input',
    multiline: true,
    max: MAX_REPLY,
    placeholder: '向顾客说明情况（2–300 字）',
  },
]

/** Whether the complaint waits for the merchant: assigned to the shop, or open with no reply yet. */
function awaitsMerchant(c: ComplaintView): boolean {
  if (c.status === 'assigned') return c.handler?.kind === 'merchant'
  return (c.status === 'submitted' || c.status === 'accepted') && !c.merchantReply
}

/**
 * One complaint: folded to a line or two unless it waits for the merchant; unfolded, the whole
 * complaint with what the merchant can do (reply publicly, and handle it when assigned).
 */
function MerchantComplaint({ initial }: { initial: ComplaintView }) {
  const [complaint, setComplaint] = useState(initial)
  const [open, setOpen] = useState(() => awaitsMerchant(initial))
  const assignedToMe = complaint.status === 'assigned' && complaint.handler?.kind === 'merchant'
  const canReply = complaint.status !== 'rejected'
  if (!open)
    return (
      <View
        className="merchant-complaint merchant-complaint--folded"
        data-complaint-id={complaint.complaintId}
      >
        <ComplaintCard complaint={complaint} showComplainant onOpen={() => setOpen(true)} />
        <Text className="merchant-complaint__toggle" onClick={() => setOpen(true)}>
          展开详情与回复 ›
        </Text>
      </View>
    )
  return (
    <View className="merchant-complaint" data-complaint-id={complaint.complaintId}>
      <ComplaintDetail complaint={complaint} />
      {canReply ? <ReplyForm complaint={complaint} onDone={setComplaint} /> : null}
      {assignedToMe ? <HandleForm complaint={complaint} onDone={setComplaint} /> : null}
      <Text className="merchant-complaint__toggle" onClick={() => setOpen(false)}>
        收起
      </Text>
    </View>
  )
}

type FormProps = { complaint: ComplaintView; onDone: (view: ComplaintView) => void }

function ReplyForm({ complaint, onDone }: FormProps) {
  const form = useFieldValues({ text: '' })
  const reply = useFormAction(ReplyComplaintInput, api.complaint.reply, (view) => {
    form.set('text', '')
    onDone(view)
    Taro.showToast({ title: '回复已公开', icon: 'success' })
  })

  return (
    <FormCard
      name="merchant-reply"
      className="section"
      title={complaint.merchantReply ? '更新公开回复' : '公开回复'}
      hint="回复将在投诉详情和店铺页公开，请实事求是、文明回复"
      action={reply}
      submitLabel="发布回复"
      submitFill="outline"
      onSubmit={() => reply.submit({ complaintId: complaint.complaintId, ...form.values })}
    >
      <FormFields fields={REPLY_FIELDS} form={form} />
    </FormCard>
  )
}

function HandleForm({ complaint, onDone }: FormProps) {
  const form = useFieldValues({ result: '', rectification: '' })
  const handle = useFormAction(HandleComplaintInput, api.complaint.handle, (view) => {
    onDone(view)
    Taro.showToast({ title: '办理结果已提交', icon: 'success' })
  })

  return (
    <FormCard
      name="merchant-handle"
      className="section"
      title="提交办理结果"
      hint="本投诉已交由本店办理，请在期限前提交结果与整改情况"
      action={handle}
      submitLabel="提交办理结果"
      onSubmit={() => handle.submit({ complaintId: complaint.complaintId, ...form.values })}
    >
      <FormFields fields={HANDLE_FIELDS} form={form} />
    </FormCard>
  )
}
