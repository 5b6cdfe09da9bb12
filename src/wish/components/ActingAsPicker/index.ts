export { ActingAsPicker } from './ActingAsPicker'
export type { ActingAsPickerProps } from './ActingAsPicker'
export { ActingAsField } from './ActingAsField'
export type { ActingAsFieldProps } from './ActingAsField'
