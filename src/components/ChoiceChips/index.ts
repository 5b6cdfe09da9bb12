export { ChoiceChips } from './ChoiceChips'
export type { Choice, ChoiceChipsProps, MultipleChoice, SingleChoice } from './ChoiceChips'
