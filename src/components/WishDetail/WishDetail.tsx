import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { WISH_CATEGORIES } from '../../../types/wish'
import type { WishView } from '../../../types/wish'
import { formatShanghai } from '../../../types/shanghai-time'
import { holderLabel } from '../WishCard'
import { WishStatusTag } from '../WishStatusTag'
import { PhotoGrid } from '../PhotoGrid'
import { SectionCard } from '../SectionCard'
import { DetailRow, type DetailRowProps } from '../DetailRow'
import { RecordDetail } from '../RecordDetail'
import './WishDetail.scss'

export type WishDetailProps = {
  wish: WishView
  /** Beside the contact phone, e.g. 联系心愿人. */
  contactAction?: ReactNode
  /** Makes the project's name a link (the app's project page, the console's). */
  onOpenProject?: (projectId: string) => void
}

/** Everything about one wish the viewer may see: the wish, its claim, fulfilment, thanks and timeline. */
export function WishDetail({ wish: w, contactAction, onOpenProject }: WishDetailProps) {
  return (
    <RecordDetail
      block="wish-detail"
      status={w.status}
      title={w.title}
      tag={<WishStatusTag status={w.status} overdue={w.overdue} />}
      rows={
        <>
          <Row label="类别" value={WISH_CATEGORIES[w.category]} name="category" />
          <Row label="心愿人" value={w.wisher} name="wisher" />
          {w.onBehalf ? (
            <Row
              label="代录"
              value={`${w.onBehalf.name}（${w.onBehalf.source}）`}
              name="on-behalf"
            />
          ) : null}
          {w.place ? <Row label="地点" value={w.place} name="place" /> : null}
          <Row label="希望实现" value={w.wantedBy ? `${w.wantedBy} 前` : '不限'} name="wanted-by" />
          {w.holder ? <Row label="认领" value={holderLabel(w.holder)} name="holder" /> : null}
          {w.respondBy ? (
            <Row label="接单期限" value={formatShanghai(w.respondBy)} name="respond-by" />
          ) : null}
          {w.deadline ? (
            <Row label="完成期限" value={formatShanghai(w.deadline)} name="deadline" />
          ) : null}
          {w.project ? (
            <Row
              label="所属项目"
              value={w.project.name}
              name="project"
              onClick={onOpenProject ? () => onOpenProject(w.project!.projectId) : undefined}
            />
          ) : null}
          {w.resource ? <Row label="使用资源" value={w.resource.title} name="resource" /> : null}
          <Row label="提交时间" value={formatShanghai(w.createdAt)} />
          {w.contact ? (
            <View className="wish-detail__row wish-detail__contact">
              <Text className="wish-detail__label">联系电话</Text>
              <Text className="wish-detail__value wish-detail__phone">{w.contact}</Text>
              {contactAction}
            </View>
          ) : null}
        </>
      }
      description={w.description}
      photos={w.photos}
      timelineTitle="心愿进度"
      timeline={w.timeline}
    >
      {w.reviewNote && ['returned', 'rejected'].includes(w.status) ? (
        <SectionCard
          title={w.status === 'rejected' ? '未通过的原因' : '需要修改的地方'}
          className="wish-detail__review"
        >
          <Text className="wish-detail__review-note">{w.reviewNote}</Text>
        </SectionCard>
      ) : null}

      {w.fulfilment ? (
        <SectionCard title="实现情况" className="wish-detail__fulfilment">
          {w.fulfilment.note ? (
            <Text className="wish-detail__fulfilment-note">{w.fulfilment.note}</Text>
          ) : null}
          <PhotoGrid name="wish-fulfilment" fileIds={w.fulfilment.photos} />
          <Text className="wish-detail__at">{formatShanghai(w.fulfilment.at)}</Text>
        </SectionCard>
      ) : null}

      {w.confirmation ? (
        <SectionCard title="心愿人的感谢" className="wish-detail__confirmation">
          {w.confirmation.rating ? (
            <Text className="wish-detail__stars">
              {'★'.repeat(w.confirmation.rating)}
              {'☆'.repeat(5 - w.confirmation.rating)}
            </Text>
          ) : null}
          {w.confirmation.thanks ? (
            <Text className="wish-detail__thanks">“{w.confirmation.thanks}”</Text>
          ) : null}
          <Text className="wish-detail__at">
            {w.confirmation.auto ? '到期自动确认 · ' : ''}
            {formatShanghai(w.confirmation.at)}
          </Text>
        </SectionCard>
      ) : null}
    </RecordDetail>
  )
}

function Row(props: Omit<DetailRowProps, 'block'>) {
  return <DetailRow block="wish-detail" {...props} />
}
