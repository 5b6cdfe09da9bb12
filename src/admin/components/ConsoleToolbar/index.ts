export { ConsoleToolbar, actionButton } from './ConsoleToolbar'
export type {
  ConsoleToolbarProps,
  ToolbarButton,
  ToolbarButtonLook,
  ToolbarLink,
} from './ConsoleToolbar'
