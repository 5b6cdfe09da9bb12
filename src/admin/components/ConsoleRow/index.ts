export { ConsoleRow, RowHead } from './ConsoleRow'
export type { ConsoleRowProps, RowHeadProps } from './ConsoleRow'
