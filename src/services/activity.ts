// Verb-named wrappers for every `activity.*` action (志愿服务). Replies carry what the caller may do
// (`can`), decided on the server from their roles and whether they lead the activity.
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type ActivityView = ActionOutput<'activity', 'get'>
export type ActivityPage = ActionOutput<'activity', 'list'>
export type ActivitySummary = ActivityPage['list'][number]
export type MyActivityPage = ActionOutput<'activity', 'mine'>
export type CreateActivityInput = ActionInput<'activity', 'create'>
export type UpdateActivityInput = ActionInput<'activity', 'update'>
export type Roster = ActionOutput<'activity', 'roster'>
export type RosterEntry = Roster['list'][number]
export type CheckInCodeResult = ActionOutput<'activity', 'checkInCode'>
export type CheckInInput = ActionInput<'activity', 'checkIn'>
export type CheckInResult = ActionOutput<'activity', 'checkIn'>
export type MyRecordsPage = ActionOutput<'activity', 'myRecords'>
export type ServiceRecord = MyRecordsPage['list'][number]
export type CorrectionPage = ActionOutput<'activity', 'corrections'>
export type VolunteerFigures = ActionOutput<'activity', 'figures'>
export type VerifyCertificateResult = ActionOutput<'activity', 'verifyCertificate'>

// ---- anyone --------------------------------------------------------------------------------

export function listActivities(query: ActionInput<'activity', 'list'> = {}): Promise<ActivityPage> {
  return callFunction('activity', 'list', query)
}

export function getActivity(activityId: string): Promise<ActivityView> {
  return callFunction('activity', 'get', { activityId })
}

export function verifyCertificate(serial: string): Promise<VerifyCertificateResult> {
  return callFunction('activity', 'verifyCertificate', { serial })
}

// ---- the volunteer -------------------------------------------------------------------------

export function signUp(
  activityId: string,
  options?: CallOptions,
): Promise<ActionOutput<'activity', 'signUp'>> {
  return callFunction('activity', 'signUp', { activityId }, options)
}

export function cancelSignUp(
  activityId: string,
  options?: CallOptions,
): Promise<ActionOutput<'activity', 'cancelSignUp'>> {
  return callFunction('activity', 'cancelSignUp', { activityId }, options)
}

export function myActivities(query: ActionInput<'activity', 'mine'> = {}): Promise<MyActivityPage> {
  return callFunction('activity', 'mine', query)
}

export function checkIn(input: CheckInInput, options?: CallOptions): Promise<CheckInResult> {
  return callFunction('activity', 'checkIn', input, options)
}

export function checkOut(input: CheckInInput, options?: CallOptions): Promise<CheckInResult> {
  return callFunction('activity', 'checkOut', input, options)
}

export function myRecords(
  query: ActionInput<'activity', 'myRecords'> = {},
): Promise<MyRecordsPage> {
  return callFunction('activity', 'myRecords', query)
}

export function requestCorrection(
  input: ActionInput<'activity', 'requestCorrection'>,
  options?: CallOptions,
): Promise<ServiceRecord> {
  return callFunction('activity', 'requestCorrection', input, options)
}

/** A certificate PDF for every confirmed record, or (with `activityId`) for one activity. */
export function issueCertificate(
  input: ActionInput<'activity', 'certificate'> = {},
): Promise<ActionOutput<'activity', 'certificate'>> {
  return callFunction('activity', 'certificate', input)
}

// ---- the leader ----------------------------------------------------------------------------

/** The activities the caller leads (负责人). */
export function ledActivities(query: ActionInput<'activity', 'led'> = {}): Promise<ActivityPage> {
  return callFunction('activity', 'led', query)
}

export function checkInCode(activityId: string): Promise<CheckInCodeResult> {
  return callFunction('activity', 'checkInCode', { activityId })
}

export function activityRoster(activityId: string): Promise<Roster> {
  return callFunction('activity', 'roster', { activityId })
}

export function volunteerContact(
  input: ActionInput<'activity', 'contact'>,
): Promise<ActionOutput<'activity', 'contact'>> {
  return callFunction('activity', 'contact', input)
}

export function recordAttendance(
  input: ActionInput<'activity', 'attendance'>,
  options?: CallOptions,
): Promise<Roster> {
  return callFunction('activity', 'attendance', input, options)
}

export function checkOutAll(
  activityId: string,
  options?: CallOptions,
): Promise<ActionOutput<'activity', 'checkOutAll'>> {
  return callFunction('activity', 'checkOutAll', { activityId }, options)
}

export function confirmHours(
  activityId: string,
  options?: CallOptions,
): Promise<ActionOutput<'activity', 'confirmHours'>> {
  return callFunction('activity', 'confirmHours', { activityId }, options)
}

export function corrections(
  query: ActionInput<'activity', 'corrections'> = {},
): Promise<CorrectionPage> {
  return callFunction('activity', 'corrections', query)
}

export function decideCorrection(
  input: ActionInput<'activity', 'decideCorrection'>,
  options?: CallOptions,
): Promise<ServiceRecord> {
  return callFunction('activity', 'decideCorrection', input, options)
}

// ---- the committee and secretaries ---------------------------------------------------------

export function createActivity(
  input: CreateActivityInput,
  options?: CallOptions,
): Promise<ActionOutput<'activity', 'create'>> {
  return callFunction('activity', 'create', input, options)
}

export function updateActivity(
  input: UpdateActivityInput,
  options?: CallOptions,
): Promise<ActivityView> {
  return callFunction('activity', 'update', input, options)
}

export function cancelActivity(
  input: ActionInput<'activity', 'cancel'>,
  options?: CallOptions,
): Promise<ActivityView> {
  return callFunction('activity', 'cancel', input, options)
}

export function activityQueue(query: ActionInput<'activity', 'queue'>): Promise<ActivityPage> {
  return callFunction('activity', 'queue', query)
}

export function volunteerFigures(
  input: ActionInput<'activity', 'figures'>,
): Promise<VolunteerFigures> {
  return callFunction('activity', 'figures', input)
}

export function volunteerLedger(
  input: ActionInput<'activity', 'ledger'>,
): Promise<ActionOutput<'activity', 'ledger'>> {
  return callFunction('activity', 'ledger', input)
}
