export { FilterChips, filterOptions } from './FilterChips'
export type { FilterChipsProps, FilterOption, FilterRow } from './FilterChips'
