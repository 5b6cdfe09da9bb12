import { Text, View } from '@tarojs/components'
import type { DistrictOverview } from '../../../types/district'
import type { ProjectView } from '../../../types/project'
import './FigureTiles.scss'

export type FigureTile = {
  /** Modifier for tests and styling: `.figure-tile--<key>`. */
  key: string
  label: string
  value: number
}

export type FigureTilesProps = { tiles: readonly FigureTile[] }

/** Counts as tiles, four to a row: the district's headline figures, the coverage page's. */
export function FigureTiles({ tiles }: FigureTilesProps) {
  return (
    <View className="figure-tiles">
      {tiles.map(({ key, label, value }) => (
        <View key={key} className={`figure-tile figure-tile--${key}`}>
          <Text className="figure-tile__value">{value}</Text>
          <Text className="figure-tile__label">{label}</Text>
        </View>
      ))}
    </View>
  )
}

/** The district overview's four figures as tiles. */
export function districtTiles(figures: DistrictOverview['figures']): FigureTile[] {
  return [
    { key: 'shops', label: '店铺', value: figures.shops },
    { key: 'orgs', label: '党组织', value: figures.orgs },
    { key: 'members', label: '党员', value: figures.members },
    { key: 'shopsWithMembers', label: '党员覆盖店铺', value: figures.shopsWithMembers },
  ]
}

/** A project's progress as tiles; the console calls its wishes 纳入心愿. */
export function projectTiles(
  progress: ProjectView['progress'],
  wishesLabel = '心愿',
): FigureTile[] {
  return [
    { key: 'wishes', label: wishesLabel, value: progress.wishes },
    { key: 'fulfilled', label: '已实现', value: progress.fulfilled },
    { key: 'resources', label: '资源', value: progress.resources },
    { key: 'people', label: '受益人数', value: progress.peopleReached },
  ]
}
