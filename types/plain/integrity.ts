export const INTEGRITY_LEVEL_LABELS = {
  green: '诚信良好',
  yellow: '需要改进',
  red: '诚信预警',
} as const

/** The score every shop starts from. */
export const BASE_SCORE = 80
