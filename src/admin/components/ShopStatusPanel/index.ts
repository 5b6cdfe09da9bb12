export { ShopStatusPanel } from './ShopStatusPanel'
export type { ShopStatusPanelProps } from './ShopStatusPanel'
