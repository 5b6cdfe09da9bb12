import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '../../../components/StateViews'
import { ConsoleToolbar } from '../ConsoleToolbar'
import './ProjectItems.scss'

export type ProjectItemsProps = {
  /** `wishes` gives the button `.admin-project__attach-wishes`. */
  what: 'wishes' | 'resources'
  /** 心愿 or 资源: the section's title, its button 纳入… and its empty text 还没有纳入…. */
  noun: string
  count: number
  onAttach: () => void
  /** The rows, ProjectItem each. */
  children: ReactNode
}

/** A project's wishes or resources in the console, with 纳入 to add more. */
export function ProjectItems({ what, noun, count, onAttach, children }: ProjectItemsProps) {
  return (
    <View className="section card">
      <ConsoleToolbar
        title={noun}
        buttons={[
          {
            className: `admin-project__attach-${what}`,
            label: `纳入${noun}`,
            primary: true,
            onClick: onAttach,
          },
        ]}
      />
      {count ? null : <EmptyState text={`还没有纳入${noun}`} />}
      {children}
    </View>
  )
}

export type ProjectItemProps = {
  /** Block class for tests: `project-wish` gives `__title` and `__detach`. */
  block: string
  /** `data-*` attributes naming the item, e.g. `{ 'data-wish-id': id }`. */
  data: Record<string, string>
  title: string
  meta: ReactNode
  /** Beside the text, e.g. the wish's status. */
  tag?: ReactNode
  onOpen?: () => void
  onDetach: () => void
}

/** One wish or resource of a project: its title and facts, and 移出. */
export function ProjectItem({ block, data, title, meta, tag, onOpen, onDetach }: ProjectItemProps) {
  return (
    <View className={`console-table__row ${block}`} {...data}>
      <View className="project-item__main" onClick={onOpen}>
        <Text className={`${block}__title`}>{title}</Text>
        <Text className="console-table__muted">{meta}</Text>
      </View>
      {tag}
      <Text className={`console-link ${block}__detach`} onClick={onDetach}>
        移出
      </Text>
    </View>
  )
}
