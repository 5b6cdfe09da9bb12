import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { PhotoGrid } from '../PhotoGrid'
import { SectionCard } from '../SectionCard'
import { Timeline, type TimelineEntry } from '../Timeline'

export type RecordDetailProps = {
  /** Block class, e.g. `wish-detail`: gives `<block>__head`, `<block>__description`, the photos'. */
  block: string
  status: string
  title: string
  /** The title's part name, e.g. `shop` gives `<block>__shop`. */
  titleName?: string
  /** The status tag beside the title. */
  tag: ReactNode
  /** The labelled lines under the head (DetailRow). */
  rows: ReactNode
  description: string
  /** The photos' file ids. */
  photos: readonly string[]
  /** Cards between the record and its timeline: a reply, a result, thanks. */
  children?: ReactNode
  timelineTitle: string
  timeline: readonly TimelineEntry[]
}

/** A record the public files (a complaint, a wish) as its viewer sees it: the record, what came of it, its timeline. */
export function RecordDetail(props: RecordDetailProps) {
  const { block, titleName = 'title' } = props
  return (
    <View className={block} data-status={props.status}>
      <View className="card">
        <View className={`${block}__head`}>
          <Text className={`${block}__${titleName}`}>{props.title}</Text>
          {props.tag}
        </View>
        {props.rows}
        <Text className={`${block}__description`}>{props.description}</Text>
        <PhotoGrid name={block} fileIds={props.photos} />
      </View>

      {props.children}

      <SectionCard title={props.timelineTitle}>
        <Timeline entries={props.timeline} />
      </SectionCard>
    </View>
  )
}
