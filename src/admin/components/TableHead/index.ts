export { TableHead } from './TableHead'
export type { TableHeadProps, TableOrder } from './TableHead'
export { timeOrder } from './time-order'
