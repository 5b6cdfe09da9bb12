import type { ApiError, ClientErrorCode } from '../../services/api-error'
import { ErrorState, LoadingState } from './StateViews'

/** What a failed load says for some codes, when the server's message is not the best. */
export type LoadErrorMessages = Partial<Record<ClientErrorCode, string>>

export type LoadStatesProps = {
  /** The section as loaded (`useRemoteData`, `usePagedList`). */
  loaded: { loading: boolean; error: ApiError | undefined; reload: () => void }
  /** False keeps 加载中… away while what was loaded stays on screen (a reload after an action). */
  showLoading?: boolean
  messages?: LoadErrorMessages
}

/** A loaded section's 加载中… while it loads, and what went wrong (with 重试) when it failed. */
export function LoadStates({ loaded, showLoading = true, messages }: LoadStatesProps) {
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
