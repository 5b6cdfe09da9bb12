export { FilterChips } from './FilterChips'
export type { FilterChipsProps, FilterOption, FilterRow } from './FilterChips'
