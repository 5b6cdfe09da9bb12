// Verb-named wrappers for every `complaint.*` action. Each reply is the complaint as the caller
// may see it (the server masks or hides the complainant by role).
import type { ActionInput, ActionOutput } from '../../types/api'
import { actionCaller, type CallOptions } from './call-function'

export type ComplaintPage = ActionOutput<'complaint', 'mine'>
export type ComplaintQueueQuery = ActionInput<'complaint', 'queue'>
export type AssignInput = ActionInput<'complaint', 'assign'>
export type HandleInput = ActionInput<'complaint', 'handle'>
export type ConfirmInput = ActionInput<'complaint', 'confirm'>
export type Severity = ActionInput<'complaint', 'accept'>['severity']
export type SweepResult = ActionOutput<'complaint', 'sweep'>

// ---- complainant -------------------------------------------------------------------------

/** Files a complaint (rate-limited; one open complaint per shop). */
export const fileComplaint = actionCaller('complaint', 'file')

/** The caller's own complaints with their progress. */
export const myComplaints = actionCaller('complaint', 'mine')

/** One complaint and its timeline, as the caller may see it. */
export const getComplaint = actionCaller('complaint', 'get', (complaintId: string) => ({
  complaintId,
}))

/** The complainant confirms the handling and rates it. */
export const confirmComplaint = actionCaller('complaint', 'confirm')

// ---- merchant ----------------------------------------------------------------------------

/** Complaints about one of the merchant's shops (anonymous complainants hidden). */
export const shopComplaints = actionCaller('complaint', 'forShop')

/** The merchant's public reply. */
export const replyComplaint = actionCaller(
  'complaint',
  'reply',
  (complaintId: string, text: string) => ({ complaintId, text }),
)

/** Result and rectification from the assigned handler (merchant or committee). */
export const handleComplaint = actionCaller('complaint', 'handle')

// ---- committee ---------------------------------------------------------------------------

/** The committee's queue, filterable by status and overdue. */
export const complaintQueue = actionCaller('complaint', 'queue')

/** Accepts a complaint and sets its severity. */
export const acceptComplaint = actionCaller(
  'complaint',
  'accept',
  (complaintId: string, severity: Severity) => ({ complaintId, severity }),
)

/** Refuses a complaint, with the reason the complainant will read. */
export const rejectComplaint = actionCaller(
  'complaint',
  'reject',
  (complaintId: string, reason: string) => ({ complaintId, reason }),
)

/** Assigns a handler (merchant, committee or a department) and a deadline. */
export const assignComplaint = actionCaller('complaint', 'assign')

/** The committee verifies the shop's rectification (halves the complaint's weight). */
export const verifyRectification = actionCaller(
  'complaint',
  'verifyRectification',
  (complaintId: string) => ({ complaintId }),
)

/** Flags overdue complaints and auto-closes handled ones after 7 days (also a timer). */
export const sweepComplaints = actionCaller('complaint', 'sweep')

export type { CallOptions }
