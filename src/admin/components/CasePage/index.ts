export { CasePage } from './CasePage'
export type { CasePageProps } from './CasePage'
