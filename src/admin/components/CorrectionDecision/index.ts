export { CorrectionDecision } from './CorrectionDecision'
export type { CorrectionDecisionProps } from './CorrectionDecision'
