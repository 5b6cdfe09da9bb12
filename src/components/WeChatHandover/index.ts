export { NotSignedIn, WeChatHandover } from './WeChatHandover'
export type { WeChatHandoverProps } from './WeChatHandover'
