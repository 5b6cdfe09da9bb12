export { FormCard } from './FormCard'
export { useFieldErrors } from './field-errors'
export type { FormCardProps } from './FormCard'
export type { FieldErrors } from './field-errors'
