export { DetailRow } from './DetailRow'
export type { DetailRowProps } from './DetailRow'
