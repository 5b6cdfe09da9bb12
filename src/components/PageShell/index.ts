export { PageShell } from './PageShell'
export { ItemPageShell } from './ItemPageShell'
export type { PageShellProps } from './PageShell'
export type { ItemPageShellProps } from './ItemPageShell'
