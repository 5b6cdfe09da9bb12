import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

export type SectionCardProps = {
  title?: ReactNode
  /** More classes on the card, for styling and tests (`wish-detail__fulfilment`). */
  className?: string
  children?: ReactNode
}

/** A card in the page's column that starts a section, under its title. */
export function SectionCard({ title, className, children }: SectionCardProps) {
  return (
    <View className={`section card${className ? ` ${className}` : ''}`}>
      {title ? <Text className="section__title">{title}</Text> : null}
      {children}
    </View>
  )
}
