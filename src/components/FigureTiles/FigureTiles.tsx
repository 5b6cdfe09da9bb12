import { Text, View } from '@tarojs/components'
import type { DistrictOverview } from '../../services/district'
import './FigureTiles.scss'

type Figures = DistrictOverview['figures']

const FIGURE_LABELS: { key: keyof Figures; label: string }[] = [
  { key: 'shops', label: '店铺' },
  { key: 'orgs', label: '党组织' },
  { key: 'members', label: '党员' },
  { key: 'shopsWithMembers', label: '党员覆盖店铺' },
]

export type FigureTilesProps = { figures: Figures }

/** The district's headline figures as four tiles. */
export function FigureTiles({ figures }: FigureTilesProps) {
  return (
    <View className="figure-tiles">
      {FIGURE_LABELS.map(({ key, label }) => (
        <View key={key} className={`figure-tile figure-tile--${key}`}>
          <Text className="figure-tile__value">{figures[key]}</Text>
          <Text className="figure-tile__label">{label}</Text>
        </View>
      ))}
    </View>
  )
}
