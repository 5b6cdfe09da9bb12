export { ConsoleToolbar } from './ConsoleToolbar'
export type { ConsoleToolbarProps } from './ConsoleToolbar'
