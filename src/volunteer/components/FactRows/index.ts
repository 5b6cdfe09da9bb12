export { FactRows } from './FactRows'
export type { Fact, FactRowsProps } from './FactRows'
