export { WeChatHandover } from './WeChatHandover'
export type { WeChatHandoverProps } from './WeChatHandover'
