export { ConsoleShell } from './ConsoleShell'
