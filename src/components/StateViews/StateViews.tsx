import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './StateViews.scss'

export type LoadingStateProps = { text?: string }

/** Shown while a section loads. */
export function LoadingState({ text = '加载中…' }: LoadingStateProps) {
  return (
    <View className="loading-state">
      <Text className="loading-state__text">{text}</Text>
    </View>
  )
}

export type EmptyStateProps = { text: string; hint?: string }

/** Shown when a section loaded but has nothing in it. */
export function EmptyState({ text, hint }: EmptyStateProps) {
  return (
    <View className="empty-state">
      <Text className="empty-state__text">{text}</Text>
      {hint ? <Text className="empty-state__hint">{hint}</Text> : null}
    </View>
  )
}

export type ErrorStateProps = {
  message: string
  /** Offers “重试” when given, unless `code` says trying again cannot help. */
  onRetry?: () => void
  code?: string
}

/** Errors that come back the same however often one retries: not allowed, not there, not valid. */
const FINAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'VALIDATION']

/** Shown when a section failed to load; names what went wrong. */
export function ErrorState({ message, onRetry, code }: ErrorStateProps) {
  return (
    <View className="error-state" data-code={code}>
      <Text className="error-state__message">{message}</Text>
      {onRetry && !(code && FINAL_CODES.includes(code)) ? (
        <Button
          className="error-state__retry"
          size="small"
          fill="outline"
          type="primary"
          onClick={onRetry}
        >
          重试
        </Button>
      ) : null}
    </View>
  )
}
