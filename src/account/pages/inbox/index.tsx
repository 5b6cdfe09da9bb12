// 消息: everything the server told this person, newest first. Tapping a message marks it read and
// opens what it is about; 全部已读 clears the badge; 微信提醒 chooses which kinds are also pushed.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Switch } from '@nutui/nutui-react-taro'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { InboxMessage } from '../../../../types/inbox'
import { PageShell } from '../../../components/PageShell'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { LoadStates } from '../../../components/StateViews'
import { showError, useAction } from '../../../hooks/use-action'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import {
  messagePreferences,
  setMutedKinds,
  unreadCount,
  type MessagePreferences,
} from '../../../services/inbox'
import { api } from '../../../services/call-function'
import { toApiError } from '../../../services/api-error'
import { ROUTES } from '../../../constants/routes'
import './index.scss'

const PAGE_SIZE = 15

export default function InboxPage() {
  const signedIn = useRequireSignIn(ROUTES.inbox)
  const messages = usePagedList(
    (page) => api.inbox.list({ page, pageSize: PAGE_SIZE }),
    [],
    signedIn,
  )
  const unread = useRemoteData(unreadCount, [], signedIn)
  useReloadOnReturn(() => {
    messages.reload()
    unread.reload()
  })
  const readAll = useAction(() => api.inbox.read({ all: true }))

  const open = async (message: InboxMessage) => {
    if (!message.readAt) {
      try {
        await api.inbox.read({ messageIds: [message.messageId] })
      } catch (err) {
        showError(toApiError(err))
      }
    }
    Taro.navigateTo({ url: message.link })
  }

  const markAll = async () => {
    if (await readAll.run()) {
      Taro.showToast({ title: '已全部标为已读', icon: 'success' })
      messages.reload()
      unread.reload()
    }
  }

  if (!signedIn) return <PageShell className="inbox" />
  return (
    <PageShell className="inbox">
      <View className="inbox__head">
        <Text className="inbox__title">我的消息</Text>
        {unread.data ? (
          <Button
            className="inbox__read-all"
            size="small"
            fill="outline"
            type="primary"
            loading={readAll.pending}
            onClick={markAll}
          >
            全部已读
          </Button>
        ) : null}
      </View>
      <LoadMoreList
        name="inbox"
        list={messages}
        empty="暂无消息"
        emptyHint="投诉有了进展、党员登记有了结果，都会在这里告诉您"
        item={(m) => <MessageRow key={m.messageId} message={m} onOpen={open} />}
      />
      <ReminderSettings />
    </PageShell>
  )
}

function MessageRow({
  message,
  onOpen,
}: {
  message: InboxMessage
  onOpen: (m: InboxMessage) => void
}) {
  const unread = !message.readAt
  return (
    <View
      className={`card inbox-message${unread ? ' inbox-message--unread' : ''}`}
      data-kind={message.kind}
      onClick={() => onOpen(message)}
    >
      <View className="inbox-message__head">
        {unread ? <Text className="inbox-message__dot" /> : null}
        <Text className="inbox-message__title">{message.title}</Text>
        <Text className="inbox-message__time">
          {formatShanghai(message.createdAt, 'MM-DD HH:mm')}
        </Text>
      </View>
      <Text className="inbox-message__body">{message.body}</Text>
    </View>
  )
}

/** Which kinds are also pushed as WeChat messages; the inbox keeps them all. */
function ReminderSettings() {
  const prefs = useRemoteData(messagePreferences, [])
  const save = useAction(setMutedKinds)

  const toggle = async (list: MessagePreferences, kind: string, enabled: boolean) => {
    const muted = list
      .filter((p) => !p.mandatory && (p.kind === kind ? !enabled : !p.enabled))
      .map((p) => p.kind)
    if (await save.run(muted)) prefs.reload()
  }

  return (
    <View className="section card inbox-settings">
      <Text className="section__title">微信提醒</Text>
      <Text className="inbox-settings__hint">
        关闭后不再推送到微信，消息仍保存在这里。撤销认证等涉及您权益的消息不能关闭。
      </Text>
      <LoadStates loaded={prefs} />
      {prefs.data?.map((p) => (
        <View key={p.kind} className={`inbox-settings__row inbox-settings__row--${p.kind}`}>
          <Text className="inbox-settings__label">{p.label}</Text>
          <Switch
            checked={p.enabled}
            disabled={p.mandatory || save.pending}
            onChange={(value) => toggle(prefs.data!, p.kind, value)}
          />
        </View>
      ))}
    </View>
  )
}
