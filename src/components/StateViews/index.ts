export { EmptyState, ErrorState, LoadingState } from './StateViews'
export type { EmptyStateProps, ErrorStateProps, LoadingStateProps } from './StateViews'
