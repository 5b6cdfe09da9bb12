export { HomeButton } from './HomeButton'
export type { HomeButtonProps } from './HomeButton'
