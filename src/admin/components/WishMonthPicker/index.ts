export { WishMonthPicker } from './WishMonthPicker'
export type { WishMonthPickerProps } from './WishMonthPicker'
