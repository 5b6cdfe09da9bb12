import type { ClientErrorCode } from '../../services/api-error'
import type { RemoteData } from '../../hooks/use-remote-data'
import { ErrorState, LoadingState } from './StateViews'

export type RemoteStatesProps = {
  /** The section's data as useRemoteData holds it. */
  of: Pick<RemoteData<unknown>, 'data' | 'error' | 'loading' | 'reload'>
  /** The page's own words for the failures it expects (`NOT_FOUND: '投诉不存在'`). */
  messages?: Partial<Record<ClientErrorCode, string>>
}

/**
 * What a loaded section shows besides its data: 加载中 until the first copy arrives (a reload
 * keeps the copy on screen), and a failure with its message and, where it can help, 重试.
 */
export function RemoteStates({ of, messages }: RemoteStatesProps) {
  const { error } = of
  return (
    <>
      {of.loading && of.data === undefined ? <LoadingState /> : null}
      {error ? (
        <ErrorState
          code={error.code}
          message={messages?.[error.code] ?? error.message}
          onRetry={of.reload}
        />
      ) : null}
    </>
  )
}
