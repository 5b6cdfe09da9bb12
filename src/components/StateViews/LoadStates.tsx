import type { ApiError, ClientErrorCode } from '../../services/api-error'
import { ErrorState, LoadingState } from './StateViews'

/** What a failed load says for some codes, when the server's message is not the best. */
export type LoadErrorMessages = Partial<Record<ClientErrorCode, string>>

export type LoadStatesProps = {
  /** The section as loaded (`useRemoteData`, `usePagedList`). */
  loaded: { loading: boolean; error: ApiError | undefined; reload: () => void; data?: unknown }
  /**
   * Whether 加载中… shows while loading; by default only until a first copy arrives, so a reload
   * keeps the copy on screen without the word over it.
   */
  showLoading?: boolean
  messages?: LoadErrorMessages
}

/** A loaded section's 加载中… while it loads, and what went wrong (with 重试) when it failed. */
export function LoadStates({
  loaded,
  showLoading = loaded.data === undefined,
  messages,
}: LoadStatesProps) {
  const { error } = loaded
  return (
    <>
      {loaded.loading && showLoading ? <LoadingState /> : null}
      {error ? (
        <ErrorState
          code={error.code}
          message={messages?.[error.code] ?? error.message}
          onRetry={loaded.reload}
        />
      ) : null}
    </>
  )
}
