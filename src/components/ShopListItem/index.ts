export { ShopListItem } from './ShopListItem'
export type { ShopListItemProps } from './ShopListItem'
