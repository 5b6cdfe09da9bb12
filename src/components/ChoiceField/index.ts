export { ChoiceField } from './ChoiceField'
export type { ChoiceFieldProps, ChoiceSpec } from './ChoiceField'
