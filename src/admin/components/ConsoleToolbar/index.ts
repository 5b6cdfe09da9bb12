export { ConsoleToolbar } from './ConsoleToolbar'
export type { ConsoleToolbarProps, ToolbarButton, ToolbarLink } from './ConsoleToolbar'
