export { FigureTiles, districtTiles, projectTiles } from './FigureTiles'
export type { FigureTile, FigureTilesProps } from './FigureTiles'
