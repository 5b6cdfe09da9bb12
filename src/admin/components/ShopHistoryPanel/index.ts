export { ShopHistoryPanel } from './ShopHistoryPanel'
export type { ShopHistoryPanelProps } from './ShopHistoryPanel'
