export { WishProxyForm } from './WishProxyForm'
export type { WishProxyFormProps } from './WishProxyForm'
