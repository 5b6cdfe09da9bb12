export { ConsoleRow } from './ConsoleRow'
export type { ConsoleRowProps } from './ConsoleRow'
