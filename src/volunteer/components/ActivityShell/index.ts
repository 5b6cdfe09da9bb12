export { ActivityShell } from './ActivityShell'
export type { ActivityShellProps } from './ActivityShell'
