export { StatTiles } from './StatTiles'
export type { StatTile, StatTilesProps } from './StatTiles'
