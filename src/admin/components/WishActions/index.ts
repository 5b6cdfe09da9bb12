export { WishActions } from './WishActions'
export type { WishFormProps } from './form-props'
