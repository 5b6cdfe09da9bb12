export { ConsoleToolbar } from './ConsoleToolbar'
export type { ConsoleToolbarProps, ToolbarLink } from './ConsoleToolbar'
