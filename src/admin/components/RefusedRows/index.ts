export { RefusedRows } from './RefusedRows'
export type { RefusedRow, RefusedRowsProps } from './RefusedRows'
