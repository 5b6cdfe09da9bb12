// The inbox reads that pages want unwrapped: the unread count and the push preferences.
import type { ActionOutput } from '../../types/api'
import type { MessageKind } from '../../types/inbox'
import { api } from './call-function'

export type MessagePreferences = ActionOutput<'inbox', 'preferences'>['list']

/** How many messages the caller has not read. */
export function unreadCount(): Promise<number> {
  return api.inbox.list({ pageSize: 1, unreadOnly: true }).then((page) => page.unread)
}

export function messagePreferences(): Promise<MessagePreferences> {
  return api.inbox.preferences().then((res) => res.list)
}

/** Which kinds are not pushed to WeChat (the inbox keeps them). */
export function setMutedKinds(muted: MessageKind[]): Promise<MessagePreferences> {
  return api.inbox.setPreferences({ muted }).then((res) => res.list)
}
