export { CancelActivityPanel } from './CancelActivityPanel'
export type { CancelActivityPanelProps } from './CancelActivityPanel'
