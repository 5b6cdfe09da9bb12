// Verb-named wrappers for every `activity.*` action (志愿服务). Replies carry what the caller may do
// (`can`), decided on the server from their roles and whether they lead the activity.
import type { ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type ActivityPage = ActionOutput<'activity', 'list'>
export type ActivitySummary = ActivityPage['list'][number]
export type MyActivityPage = ActionOutput<'activity', 'mine'>
export type Roster = ActionOutput<'activity', 'roster'>
export type RosterEntry = Roster['list'][number]
export type CheckInCodeResult = ActionOutput<'activity', 'checkInCode'>
export type CheckInResult = ActionOutput<'activity', 'checkIn'>
export type MyRecordsPage = ActionOutput<'activity', 'myRecords'>
export type ServiceRecord = MyRecordsPage['list'][number]
export type CorrectionPage = ActionOutput<'activity', 'corrections'>
export type VolunteerFigures = ActionOutput<'activity', 'figures'>
export type VerifyCertificateResult = ActionOutput<'activity', 'verifyCertificate'>

// ---- anyone --------------------------------------------------------------------------------

export const listActivities = actionCaller('activity', 'list')

export const getActivity = actionCaller('activity', 'get', (activityId: string) => ({ activityId }))

export const verifyCertificate = actionCaller(
  'activity',
  'verifyCertificate',
  (serial: string) => ({ serial }),
)

// ---- the volunteer -------------------------------------------------------------------------

export const signUp = actionCaller('activity', 'signUp', (activityId: string) => ({ activityId }))

export const cancelSignUp = actionCaller('activity', 'cancelSignUp', (activityId: string) => ({
  activityId,
}))

export const myActivities = actionCaller('activity', 'mine')

export const checkIn = actionCaller('activity', 'checkIn')

export const checkOut = actionCaller('activity', 'checkOut')

export const myRecords = actionCaller('activity', 'myRecords')

export const requestCorrection = actionCaller('activity', 'requestCorrection')

/** A certificate PDF for every confirmed record, or (with `activityId`) for one activity. */
export const issueCertificate = actionCaller('activity', 'certificate')

// ---- the leader ----------------------------------------------------------------------------

/** The activities the caller leads (负责人). */
export const ledActivities = actionCaller('activity', 'led')

export const checkInCode = actionCaller('activity', 'checkInCode', (activityId: string) => ({
  activityId,
}))

export const activityRoster = actionCaller('activity', 'roster', (activityId: string) => ({
  activityId,
}))

export const volunteerContact = actionCaller('activity', 'contact')

export const recordAttendance = actionCaller('activity', 'attendance')

export const checkOutAll = actionCaller('activity', 'checkOutAll', (activityId: string) => ({
  activityId,
}))

export const confirmHours = actionCaller('activity', 'confirmHours', (activityId: string) => ({
  activityId,
}))

export const corrections = actionCaller('activity', 'corrections')

export const decideCorrection = actionCaller('activity', 'decideCorrection')

// ---- the committee and secretaries ---------------------------------------------------------

export const createActivity = actionCaller('activity', 'create')

export const updateActivity = actionCaller('activity', 'update')

export const cancelActivity = actionCaller('activity', 'cancel')

export const activityQueue = actionCaller('activity', 'queue')

export const volunteerFigures = actionCaller('activity', 'figures')

export const volunteerLedger = actionCaller('activity', 'ledger')
