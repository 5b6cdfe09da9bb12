// Verb-named wrappers for every `complaint.*` action. Each reply is the complaint as the caller
// may see it (the server masks or hides the complainant by role).
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type ComplaintView = ActionOutput<'complaint', 'get'>
export type ComplaintPage = ActionOutput<'complaint', 'mine'>
export type FileComplaintInput = ActionInput<'complaint', 'file'>
export type ComplaintQueueQuery = ActionInput<'complaint', 'queue'>
export type AssignInput = ActionInput<'complaint', 'assign'>
export type HandleInput = ActionInput<'complaint', 'handle'>
export type ConfirmInput = ActionInput<'complaint', 'confirm'>
export type Severity = ActionInput<'complaint', 'accept'>['severity']
export type SweepResult = ActionOutput<'complaint', 'sweep'>

// ---- complainant -------------------------------------------------------------------------

/** Files a complaint (rate-limited; one open complaint per shop). */
export function fileComplaint(
  input: FileComplaintInput,
  options?: CallOptions,
): Promise<ComplaintView> {
  return callFunction('complaint', 'file', input, options)
}

/** The caller's own complaints with their progress. */
export function myComplaints(query: ActionInput<'complaint', 'mine'> = {}): Promise<ComplaintPage> {
  return callFunction('complaint', 'mine', query)
}

/** One complaint and its timeline, as the caller may see it. */
export function getComplaint(complaintId: string): Promise<ComplaintView> {
  return callFunction('complaint', 'get', { complaintId })
}

/** The complainant confirms the handling and rates it. */
export function confirmComplaint(input: ConfirmInput): Promise<ComplaintView> {
  return callFunction('complaint', 'confirm', input)
}

// ---- merchant ----------------------------------------------------------------------------

/** Complaints about one of the merchant's shops (anonymous complainants hidden). */
export function shopComplaints(query: ActionInput<'complaint', 'forShop'>): Promise<ComplaintPage> {
  return callFunction('complaint', 'forShop', query)
}

/** The merchant's public reply. */
export function replyComplaint(complaintId: string, text: string): Promise<ComplaintView> {
  return callFunction('complaint', 'reply', { complaintId, text })
}

/** Result and rectification from the assigned handler (merchant or committee). */
export function handleComplaint(input: HandleInput): Promise<ComplaintView> {
  return callFunction('complaint', 'handle', input)
}

// ---- committee ---------------------------------------------------------------------------

/** The committee's queue, filterable by status and overdue. */
export function complaintQueue(query: ComplaintQueueQuery = {}): Promise<ComplaintPage> {
  return callFunction('complaint', 'queue', query)
}

/** Accepts a complaint and sets its severity. */
export function acceptComplaint(complaintId: string, severity: Severity): Promise<ComplaintView> {
  return callFunction('complaint', 'accept', { complaintId, severity })
}

/** Refuses a complaint, with the reason the complainant will read. */
export function rejectComplaint(complaintId: string, reason: string): Promise<ComplaintView> {
  return callFunction('complaint', 'reject', { complaintId, reason })
}

/** Assigns a handler (merchant, committee or a department) and a deadline. */
export function assignComplaint(input: AssignInput): Promise<ComplaintView> {
  return callFunction('complaint', 'assign', input)
}

/** The committee verifies the shop's rectification (halves the complaint's weight). */
export function verifyRectification(complaintId: string): Promise<ComplaintView> {
  return callFunction('complaint', 'verifyRectification', { complaintId })
}

/** Flags overdue complaints and auto-closes handled ones after 7 days (also a timer). */
export function sweepComplaints(): Promise<SweepResult> {
  return callFunction('complaint', 'sweep', {})
}

export type { CallOptions }
