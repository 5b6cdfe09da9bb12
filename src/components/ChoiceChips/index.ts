export { ChoiceChips } from './ChoiceChips'
export type { Choice, ChoiceChipsProps, MultipleChoice, SingleChoice } from './ChoiceChips'
export { FlagChips } from './FlagChips'
export type { FlagChipsProps } from './FlagChips'
