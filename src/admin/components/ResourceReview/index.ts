export { ResourceReview } from './ResourceReview'
export type { ResourceReviewProps } from './ResourceReview'
