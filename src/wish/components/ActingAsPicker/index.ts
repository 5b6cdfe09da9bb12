export { ActingAsPicker } from './ActingAsPicker'
export type { ActingAsPickerProps } from './ActingAsPicker'
