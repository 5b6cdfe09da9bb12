export { IntegrityBadge, LevelDot, starText } from './IntegrityBadge'
export type { IntegrityBadgeProps, LevelDotProps } from './IntegrityBadge'
