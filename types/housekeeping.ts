// Housekeeping: the timed removal of records that only matter for a while (replies kept for
// retried writes, rate-limit counters, used or expired claim codes), so those collections stay
// bounded however long the district runs.
import { z } from 'zod'

export const HousekeepingResult = z.object({
  idempotency: z.number().int(),
  rateLimits: z.number().int(),
  claimCodes: z.number().int(),
  reminderMarks: z.number().int(),
  loginRequests: z.number().int(),
  webSessions: z.number().int(),
  /** Done follow-up records removed. */
  doneFollowUps: z.number().int(),
  /** Follow-ups a crash left pending (messages, a shop's card) that this sweep carried out. */
  followUps: z.number().int(),
  /** Generated files (posters, ledgers) deleted from storage a day after they were made. */
  exports: z.number().int(),
})
export type HousekeepingResult = z.infer<typeof HousekeepingResult>
