export { ChoiceChips } from './ChoiceChips'
export type { Choice, ChoiceChipsProps } from './ChoiceChips'
