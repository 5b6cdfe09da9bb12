export { EmptyState, ErrorState, LoadingState } from './StateViews'
export { RemoteStates } from './RemoteStates'
export type { EmptyStateProps, ErrorStateProps, LoadingStateProps } from './StateViews'
export type { RemoteStatesProps } from './RemoteStates'
