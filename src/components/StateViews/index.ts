export { EmptyState, ErrorState, LoadingState } from './StateViews'
export type { EmptyStateProps, ErrorStateProps, LoadingStateProps } from './StateViews'
export { LoadStates } from './LoadStates'
export type { LoadErrorMessages, LoadStatesProps } from './LoadStates'
