// Verb-named wrappers for the `member.*` actions: registration (寻党员), the member card and
// 亮身份, and the committee's verification queue, roster, coverage and ledger.
import type { ActionInput, ActionOutput } from '../../types/api'
import { actionCaller, callFunction } from './call-function'
import { saveDocument } from './files'

export type MyRegistration = NonNullable<ActionOutput<'member', 'mine'>['registration']>
export type RegistrationInput = ActionInput<'member', 'submit'>
export type DraftInput = ActionInput<'member', 'saveDraft'>
export type RegistrationStatus = ActionOutput<'member', 'submit'>
export type CardCheck = ActionOutput<'member', 'verifyCard'>
export type MemberQueueQuery = ActionInput<'member', 'queue'>
export type MemberQueuePage = ActionOutput<'member', 'queue'>
export type QueuedMember = MemberQueuePage['list'][number]
export type Decision = ActionOutput<'member', 'approve'>
export type RosterImportResult = ActionOutput<'member', 'importRoster'>
export type ApproveMatchedResult = ActionOutput<'member', 'approveMatched'>
export type LedgerFile = ActionOutput<'member', 'ledger'>
export type EraseResult = ActionOutput<'member', 'erase'>

// ---- the member ---------------------------------------------------------------------------

/** The caller's own registration, or null before they start one. */
export async function getMyRegistration(): Promise<MyRegistration | null> {
  return (await callFunction('member', 'mine', {})).registration
}

export const saveRegistrationDraft = actionCaller('member', 'saveDraft')

/** Submits (or, after a rejection, resubmits) the registration for verification. */
export const registerMember = actionCaller('member', 'submit')

export const withdrawRegistration = actionCaller('member', 'withdraw')

export const getMemberCard = actionCaller('member', 'card')

/** 亮身份: show (or stop showing) the masked name and post on the shop where the member works. */
export const setShowStatus = actionCaller('member', 'setShowStatus', (show: boolean) => ({ show }))

/** Moves the member to another shop (or none) and/or changes their post. */
export const changeWork = actionCaller('member', 'changeWork')

/** 注销: deletes the registration and personal data. */
export const eraseMemberData = actionCaller('member', 'erase', () => ({ confirm: true as const }))

// ---- committee and secretaries ------------------------------------------------------------

export const checkMemberCard = actionCaller('member', 'verifyCard', (code: string) => ({ code }))

export const listMemberQueue = actionCaller('member', 'queue')

export const getMemberDetail = actionCaller('member', 'get', (userId: string) => ({ userId }))

export const approveMember = actionCaller(
  'member',
  'approve',
  (userId: string, branchId?: string) => (branchId ? { userId, branchId } : { userId }),
)

export const rejectMember = actionCaller('member', 'reject', (userId: string, reason: string) => ({
  userId,
  reason,
}))

export const revokeMember = actionCaller('member', 'revoke', (userId: string, reason: string) => ({
  userId,
  reason,
}))

export const importRoster = actionCaller('member', 'importRoster')

/** Approves every pending registration that fully matches the roster into its shop's branch. */
export const approveMatchedMembers = actionCaller('member', 'approveMatched')

export const getCoverage = actionCaller('member', 'coverage')

/** The member ledger (党员台账) as an Excel file; secretaries get their own branch only. */
export const exportMemberLedger = actionCaller('member', 'ledger', (branchId?: string) =>
  branchId ? { branchId } : {},
)

/** Exports the ledger (the district's, or one branch's) and saves it (h5) or opens it (weapp). */
export async function saveMemberLedger(branchId?: string): Promise<void> {
  await saveDocument(await exportMemberLedger(branchId), 'xlsx')
}
