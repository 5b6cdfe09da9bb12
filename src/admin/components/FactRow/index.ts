export { FactRow } from './FactRow'
export type { FactRowProps } from './FactRow'
