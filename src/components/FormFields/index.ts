export { FormFields } from './FormFields'
export type { FieldSpec, FormFieldsProps } from './FormFields'
