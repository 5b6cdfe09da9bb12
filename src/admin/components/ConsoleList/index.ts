export { ConsoleList } from './ConsoleList'
export type { ConsoleListProps } from './ConsoleList'
