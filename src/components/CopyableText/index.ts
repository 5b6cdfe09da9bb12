export { CopyableText } from './CopyableText'
export type { CopyableTextProps } from './CopyableText'
