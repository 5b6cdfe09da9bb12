export { ListFilters } from './ListFilters'
export type { FilterRowOf, FilterValues, ListFiltersProps } from './ListFilters'
