export { LeaderPicker, MAX_LEADERS } from './LeaderPicker'
export type { Leader, LeaderPickerProps } from './LeaderPicker'
