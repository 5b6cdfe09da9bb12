export { ShopCodePanel } from './ShopCodePanel'
export type { ShopCodePanelProps } from './ShopCodePanel'
