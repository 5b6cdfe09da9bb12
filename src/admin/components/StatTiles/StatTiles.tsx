import { Text, View } from '@tarojs/components'
import './StatTiles.scss'

export type StatTile = {
  /** Modifier for tests and styling: `.stat-tile--<key>`. */
  key: string
  label: string
  value: number
}

export type StatTilesProps = { tiles: readonly StatTile[] }

/** Counts as tiles, four to a row, in the look of the district's FigureTiles. */
export function StatTiles({ tiles }: StatTilesProps) {
  return (
    <View className="stat-tiles">
      {tiles.map((tile) => (
        <View key={tile.key} className={`stat-tile stat-tile--${tile.key}`}>
          <Text className="stat-tile__value">{tile.value}</Text>
          <Text className="stat-tile__label">{tile.label}</Text>
        </View>
      ))}
    </View>
  )
}
