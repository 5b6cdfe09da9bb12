export { FormCard } from './FormCard'
export type { FormCardProps } from './FormCard'
export { SubmitButton } from './SubmitButton'
export type { SubmitButtonProps } from './SubmitButton'
