export { FigureTiles } from './FigureTiles'
export type { FigureTilesProps } from './FigureTiles'
