// Verb-named wrappers for every `inbox.*` action the app uses.
import type { ActionInput, ActionOutput } from '../../types/api'
import type { MessageKind } from '../../types/inbox'
import { actionCaller, callFunction } from './call-function'

export type InboxPage = ActionOutput<'inbox', 'list'>
export type InboxMessage = InboxPage['list'][number]
export type MessagePreferences = ActionOutput<'inbox', 'preferences'>['list']

/** The caller's messages, newest first, with the unread count. */
export const listMessages = actionCaller('inbox', 'list')

/** How many messages the caller has not read. */
export function unreadCount(): Promise<number> {
  return listMessages({ pageSize: 1, unreadOnly: true }).then((page) => page.unread)
}

/** Marks these messages read, or all of them without ids; the unread count after. */
export const markMessagesRead = actionCaller('inbox', 'read', (messageIds?: string[]) =>
  messageIds ? { messageIds } : { all: true as const },
)

export function messagePreferences(): Promise<MessagePreferences> {
  return callFunction('inbox', 'preferences', {}).then((res) => res.list)
}

/** Which kinds are not pushed to WeChat (the inbox keeps them). */
export function setMutedKinds(muted: MessageKind[]): Promise<MessagePreferences> {
  return callFunction('inbox', 'setPreferences', { muted }).then((res) => res.list)
}

/** Records what `wx.requestSubscribeMessage` answered per template. */
export const recordSubscriptions = actionCaller(
  'inbox',
  'subscribe',
  (results: ActionInput<'inbox', 'subscribe'>['results']) => ({ results }),
)
