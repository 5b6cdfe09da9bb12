export { ShopPicker } from './ShopPicker'
export type { PickedShop, ShopPickerProps } from './ShopPicker'
