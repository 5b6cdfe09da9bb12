export { TextInputField } from './TextInputField'
export type { TextInputFieldProps } from './TextInputField'
