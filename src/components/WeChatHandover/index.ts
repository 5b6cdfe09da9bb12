export { NotSignedIn, NotSignedInPage, WeChatHandover } from './WeChatHandover'
export type { WeChatHandoverProps } from './WeChatHandover'
