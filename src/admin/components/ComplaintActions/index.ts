export { ComplaintActions } from './ComplaintActions'
export type { ComplaintFormProps } from './form-props'
