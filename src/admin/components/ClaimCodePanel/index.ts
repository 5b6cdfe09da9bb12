export { ClaimCodePanel } from './ClaimCodePanel'
export type { ClaimCodePanelProps } from './ClaimCodePanel'
