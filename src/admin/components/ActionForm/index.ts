export { ActionForm } from './ActionForm'
export type { ActionFormProps } from './ActionForm'
