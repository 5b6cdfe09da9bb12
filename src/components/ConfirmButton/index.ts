export { ConfirmButton } from './ConfirmButton'
export type { ConfirmAsk, ConfirmButtonProps } from './ConfirmButton'
