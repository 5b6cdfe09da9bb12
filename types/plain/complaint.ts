/** A complaint's states and what the public and the complainant read for each. */
export const COMPLAINT_STATUSES = {
  submitted: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  assigned: '办理中',
  handled: '待确认',
  closed: '已办结',
} as const
