import { Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORIES, HANDLER_KIND_LABELS } from '../../../types/complaint'
import { SEVERITY_LABELS } from '../../../types/integrity'
import type { ComplaintView } from '../../services/complaint'
import { fileUrl } from '../../services/storage'
import { formatShanghai } from '../../../types/shanghai-time'
import { complainantLabel } from '../ComplaintCard'
import { ComplaintStatusTag } from '../ComplaintStatusTag'
import { Timeline } from '../Timeline'
import { PhotoGrid } from '../PhotoGrid'
import './ComplaintDetail.scss'

export type ComplaintDetailProps = { complaint: ComplaintView }

/** Everything about one complaint the viewer may see, and its timeline. */
export function ComplaintDetail({ complaint: c }: ComplaintDetailProps) {
  const urls = c.photos.map(fileUrl)
  return (
    <View className="complaint-detail" data-status={c.status}>
      <View className="card">
        <View className="complaint-detail__head">
          <Text className="complaint-detail__shop">{c.shopName}</Text>
          <ComplaintStatusTag status={c.status} overdue={c.overdue} />
        </View>
        <Row label="类别" value={COMPLAINT_CATEGORIES[c.category]} />
        <Row label="投诉人" value={complainantLabel(c)} name="complainant" />
        {c.contact ? <Row label="联系电话" value={c.contact} name="contact" /> : null}
        <Row label="提交时间" value={formatShanghai(c.createdAt)} />
        {c.severity ? <Row label="定级" value={SEVERITY_LABELS[c.severity]} /> : null}
        {c.handler ? (
          <Row label="承办" value={`${HANDLER_KIND_LABELS[c.handler.kind]} · ${c.handler.name}`} />
        ) : null}
        {c.deadline ? <Row label="办理期限" value={formatShanghai(c.deadline)} /> : null}
        <Text className="complaint-detail__description">{c.description}</Text>
        <PhotoGrid name="complaint-detail" urls={urls} />
      </View>

      {c.merchantReply ? (
        <View className="section card complaint-detail__reply">
          <Text className="section__title">商户回复</Text>
          <Text className="complaint-detail__reply-text">{c.merchantReply.text}</Text>
          <Text className="complaint-detail__at">{formatShanghai(c.merchantReply.at)}</Text>
        </View>
      ) : null}

      {c.result ? (
        <View className="section card complaint-detail__result">
          <Text className="section__title">办理结果</Text>
          <Text className="complaint-detail__result-text">{c.result}</Text>
          {c.rectification ? (
            <Text className="complaint-detail__rectification">整改情况：{c.rectification}</Text>
          ) : null}
          {c.rectificationVerified ? (
            <Text className="complaint-detail__verified">商圈党委已核实整改</Text>
          ) : null}
        </View>
      ) : null}

      {c.confirmation ? (
        <View className="section card complaint-detail__confirmation">
          <Text className="section__title">投诉人评价</Text>
          <Text>
            {c.confirmation.satisfied ? '满意' : '不满意'} · {c.confirmation.rating} 分
          </Text>
          {c.confirmation.comment ? <Text>{c.confirmation.comment}</Text> : null}
        </View>
      ) : null}

      <View className="section card">
        <Text className="section__title">办理进度</Text>
        <Timeline entries={c.timeline} />
      </View>
    </View>
  )
}

function Row({ label, value, name }: { label: string; value: string; name?: string }) {
  return (
    <View className={`complaint-detail__row${name ? ` complaint-detail__${name}` : ''}`}>
      <Text className="complaint-detail__label">{label}</Text>
      <Text className="complaint-detail__value">{value}</Text>
    </View>
  )
}
