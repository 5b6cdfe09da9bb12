export { FilterChips } from './FilterChips'
export type { FilterChipsProps, FilterOption } from './FilterChips'
