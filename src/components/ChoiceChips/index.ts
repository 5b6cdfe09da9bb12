export { ChoiceChips, MultiChoiceChips } from './ChoiceChips'
export type { ChoiceChipsProps, ChoiceOption, MultiChoiceChipsProps } from './ChoiceChips'
