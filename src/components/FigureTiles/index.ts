export { FigureTiles, districtTiles } from './FigureTiles'
export type { FigureTile, FigureTilesProps } from './FigureTiles'
