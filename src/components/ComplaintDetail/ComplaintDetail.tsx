import { Text } from '@tarojs/components'
import { COMPLAINT_CATEGORIES, handlerLabel } from '../../../types/complaint'
import { SEVERITY_LABELS } from '../../../types/integrity'
import type { ComplaintView } from '../../../types/complaint'
import { formatShanghai } from '../../../types/shanghai-time'
import { complainantLabel } from '../ComplaintCard'
import { ComplaintStatusTag } from '../ComplaintStatusTag'
import { SectionCard } from '../SectionCard'
import { DetailRow, type DetailRowProps } from '../DetailRow'
import { RecordDetail } from '../RecordDetail'
import './ComplaintDetail.scss'

export type ComplaintDetailProps = { complaint: ComplaintView }

/** Everything about one complaint the viewer may see, and its timeline. */
export function ComplaintDetail({ complaint: c }: ComplaintDetailProps) {
  return (
    <RecordDetail
      block="complaint-detail"
      status={c.status}
      title={c.shopName}
      titleName="shop"
      tag={<ComplaintStatusTag status={c.status} overdue={c.overdue} />}
      rows={
        <>
          <Row label="类别" value={COMPLAINT_CATEGORIES[c.category]} />
          <Row label="投诉人" value={complainantLabel(c)} name="complainant" />
          {c.contact ? <Row label="联系电话" value={c.contact} name="contact" /> : null}
          <Row label="提交时间" value={formatShanghai(c.createdAt)} />
          {c.severity ? <Row label="定级" value={SEVERITY_LABELS[c.severity]} /> : null}
          {c.handler ? <Row label="承办" value={handlerLabel(c.handler)} /> : null}
          {c.deadline ? <Row label="办理期限" value={formatShanghai(c.deadline)} /> : null}
        </>
      }
      description={c.description}
      photos={c.photos}
      timelineTitle="办理进度"
      timeline={c.timeline}
    >
      {c.merchantReply ? (
        <SectionCard title="商户回复" className="complaint-detail__reply">
          <Text className="complaint-detail__reply-text">{c.merchantReply.text}</Text>
          <Text className="complaint-detail__at">{formatShanghai(c.merchantReply.at)}</Text>
        </SectionCard>
      ) : null}

      {c.result ? (
        <SectionCard title="办理结果" className="complaint-detail__result">
          <Text className="complaint-detail__result-text">{c.result}</Text>
          {c.rectification ? (
            <Text className="complaint-detail__rectification">整改情况：{c.rectification}</Text>
          ) : null}
          {c.rectificationVerified ? (
            <Text className="complaint-detail__verified">商圈党委已核实整改</Text>
          ) : null}
        </SectionCard>
      ) : null}

      {c.confirmation ? (
        <SectionCard title="投诉人评价" className="complaint-detail__confirmation">
          <Text>
            {c.confirmation.satisfied ? '满意' : '不满意'} · {c.confirmation.rating} 分
          </Text>
          {c.confirmation.comment ? <Text>{c.confirmation.comment}</Text> : null}
        </SectionCard>
      ) : null}
    </RecordDetail>
  )
}

function Row(props: Omit<DetailRowProps, 'block'>) {
  return <DetailRow block="complaint-detail" {...props} />
}
