export { StarPicker } from './StarPicker'
export type { StarPickerProps } from './StarPicker'
