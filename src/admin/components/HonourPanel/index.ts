export { HonourPanel } from './HonourPanel'
export type { HonourPanelProps } from './HonourPanel'
