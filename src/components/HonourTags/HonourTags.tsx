import { Text, View } from '@tarojs/components'
import type { Honour } from '../../../types/shop'
import './HonourTags.scss'

export type HonourTagsProps = { honours: readonly Honour[]; size?: 'small' | 'normal' }

/** The committee's honours (党员示范店, 星级党员商户, 党员先锋岗) as red tags; nothing when there are none. */
export function HonourTags({ honours, size = 'normal' }: HonourTagsProps) {
  if (honours.length === 0) return null
  return (
    <View className={`honour-tags honour-tags--${size}`}>
      {honours.map((honour) => (
        <Text key={honour} className="honour-tag">
          {honour}
        </Text>
      ))}
    </View>
  )
}
