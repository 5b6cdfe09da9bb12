export { ActivityHead } from './ActivityHead'
export type { ActivityHeadProps } from './ActivityHead'
