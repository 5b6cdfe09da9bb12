export { FormFieldsCard } from './FormFieldsCard'
export type { FormFieldsCardProps } from './FormFieldsCard'
