export { TypedPicker } from './TypedPicker'
export type { TypedPickerProps } from './TypedPicker'
