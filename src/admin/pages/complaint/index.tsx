import { Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORIES, handlerLabel } from '../../../../types/complaint'
import { SEVERITY_LABELS } from '../../../../types/integrity'
import { ComplaintStatusTag } from '../../../components/ComplaintStatusTag'
import { Timeline } from '../../../components/Timeline'
import { PhotoGrid } from '../../../components/PhotoGrid'
import { api } from '../../../services/call-function'
import type { ComplaintView } from '../../../../types/complaint'
import { formatShanghai } from '../../../../types/shanghai-time'
import { CasePage } from '../../components/CasePage'
import { FactRow, type FactRowProps } from '../../components/FactRow'
import { ComplaintActions } from '../../components/ComplaintActions'
import { useCase } from '../../hooks/use-case'
import { adminComplaintUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

export default function AdminComplaintPage() {
  const complaint = useCase(adminComplaintUrl, (complaintId) => api.complaint.get({ complaintId }))

  return (
    <CasePage
      className="admin-complaint"
      item={complaint}
      missingId="缺少投诉编号"
      status={(c) => c.status}
      main={(c) => (
        <>
          <ComplaintSummary complaint={c} />
          <View className="section card">
            <Text className="section__title">办理时间线</Text>
            <Timeline entries={c.timeline} />
          </View>
        </>
      )}
      actions={(c) => (
        <ComplaintActions complaint={c} onChanged={(next) => complaint.changed(next, '已保存')} />
      )}
    />
  )
}

function ComplaintSummary({ complaint }: { complaint: ComplaintView }) {
  return (
    <View className="card complaint-summary">
      <View className="complaint-summary__head">
        <Text className="complaint-summary__shop">{complaint.shopName}</Text>
        <ComplaintStatusTag status={complaint.status} overdue={complaint.overdue} />
      </View>
      <Fact label="类别" value={COMPLAINT_CATEGORIES[complaint.category]} />
      <Fact label="投诉时间" value={formatShanghai(complaint.createdAt)} />
      <Fact
        label="投诉人"
        value={`${complaint.complainant ?? '—'}${complaint.anonymous ? '（匿名投诉，商户与公众不可见）' : ''}`}
        name="complainant"
      />
      <Fact label="联系电话" value={complaint.contact ?? '未留'} name="contact" />
      {complaint.severity ? (
        <Fact label="严重程度" value={SEVERITY_LABELS[complaint.severity]} name="severity" />
      ) : null}
      {complaint.handler ? (
        <Fact label="承办" value={handlerLabel(complaint.handler)} name="handler" />
      ) : null}
      {complaint.deadline ? (
        <Fact
          label="办理期限"
          value={`${formatShanghai(complaint.deadline)}${complaint.overdue ? '（已逾期）' : ''}`}
          name="deadline"
          alert={complaint.overdue}
        />
      ) : null}

      <Text className="complaint-summary__label">投诉内容</Text>
      <Text className="complaint-summary__description">{complaint.description}</Text>
      <PhotoGrid name="complaint-summary" fileIds={complaint.photos} />

      {complaint.merchantReply ? (
        <Block label="商户公开回复" text={complaint.merchantReply.text} name="merchant-reply" />
      ) : null}
      {complaint.result ? (
        <Block
          label={`办理结果${complaint.upheld === null ? '' : complaint.upheld ? '（属实）' : '（不属实）'}`}
          text={complaint.result}
          name="result"
        />
      ) : null}
      {complaint.rectification ? (
        <Block
          label={`整改情况${complaint.rectificationVerified ? '（已核实）' : ''}`}
          text={complaint.rectification}
          name="rectification"
        />
      ) : null}
      {complaint.confirmation ? (
        <Block
          label="投诉人评价"
          text={`${complaint.confirmation.satisfied ? '满意' : '不满意'} · ${complaint.confirmation.rating} 分${complaint.confirmation.comment ? ` · ${complaint.confirmation.comment}` : ''}`}
          name="confirmation"
        />
      ) : null}
    </View>
  )
}

function Fact(props: Omit<FactRowProps, 'block'>) {
  return <FactRow block="complaint-fact" {...props} />
}

function Block({ label, text, name }: { label: string; text: string; name: string }) {
  return (
    <View className={`complaint-block complaint-block--${name}`}>
      <Text className="complaint-summary__label">{label}</Text>
      <Text className="complaint-block__text">{text}</Text>
    </View>
  )
}
