// Verb-named wrappers for the `member.*` actions: registration (寻党员), the member card and
// 亮身份, and the committee's verification queue, roster, coverage and ledger.
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'
import { saveDocument } from './files'

export type MyRegistration = NonNullable<ActionOutput<'member', 'mine'>['registration']>
export type RegistrationInput = ActionInput<'member', 'submit'>
export type DraftInput = ActionInput<'member', 'saveDraft'>
export type RegistrationStatus = ActionOutput<'member', 'submit'>
export type MemberCard = ActionOutput<'member', 'card'>
export type CardCheck = ActionOutput<'member', 'verifyCard'>
export type MemberQueueQuery = ActionInput<'member', 'queue'>
export type MemberQueuePage = ActionOutput<'member', 'queue'>
export type QueuedMember = MemberQueuePage['list'][number]
export type MemberDetail = ActionOutput<'member', 'get'>
export type Decision = ActionOutput<'member', 'approve'>
export type RosterImportResult = ActionOutput<'member', 'importRoster'>
export type ApproveMatchedResult = ActionOutput<'member', 'approveMatched'>
export type Coverage = ActionOutput<'member', 'coverage'>
export type LedgerFile = ActionOutput<'member', 'ledger'>
export type EraseResult = ActionOutput<'member', 'erase'>

// ---- the member ---------------------------------------------------------------------------

/** The caller's own registration, or null before they start one. */
export async function getMyRegistration(): Promise<MyRegistration | null> {
  return (await callFunction('member', 'mine', {})).registration
}

export function saveRegistrationDraft(
  input: DraftInput,
  options?: CallOptions,
): Promise<RegistrationStatus> {
  return callFunction('member', 'saveDraft', input, options)
}

/** Submits (or, after a rejection, resubmits) the registration for verification. */
export function registerMember(
  input: RegistrationInput,
  options?: CallOptions,
): Promise<RegistrationStatus> {
  return callFunction('member', 'submit', input, options)
}

export function withdrawRegistration(): Promise<RegistrationStatus> {
  return callFunction('member', 'withdraw', {})
}

export function getMemberCard(): Promise<MemberCard> {
  return callFunction('member', 'card', {})
}

/** 亮身份: show (or stop showing) the masked name and post on the shop where the member works. */
export function setShowStatus(show: boolean): Promise<RegistrationStatus> {
  return callFunction('member', 'setShowStatus', { show })
}

/** Moves the member to another shop (or none) and/or changes their post. */
export function changeWork(
  input: ActionInput<'member', 'changeWork'>,
): Promise<RegistrationStatus> {
  return callFunction('member', 'changeWork', input)
}

/** 注销: deletes the registration and personal data. */
export function eraseMemberData(): Promise<EraseResult> {
  return callFunction('member', 'erase', { confirm: true })
}

// ---- committee and secretaries ------------------------------------------------------------

export function checkMemberCard(code: string): Promise<CardCheck> {
  return callFunction('member', 'verifyCard', { code })
}

export function listMemberQueue(query: MemberQueueQuery): Promise<MemberQueuePage> {
  return callFunction('member', 'queue', query)
}

export function getMemberDetail(userId: string): Promise<MemberDetail> {
  return callFunction('member', 'get', { userId })
}

export function approveMember(userId: string, branchId?: string): Promise<Decision> {
  return callFunction('member', 'approve', branchId ? { userId, branchId } : { userId })
}

export function rejectMember(userId: string, reason: string): Promise<Decision> {
  return callFunction('member', 'reject', { userId, reason })
}

export function revokeMember(userId: string, reason: string): Promise<Decision> {
  return callFunction('member', 'revoke', { userId, reason })
}

export function importRoster(
  input: ActionInput<'member', 'importRoster'>,
  options?: CallOptions,
): Promise<RosterImportResult> {
  return callFunction('member', 'importRoster', input, options)
}

/** Approves every pending registration that fully matches the roster into its shop's branch. */
export function approveMatchedMembers(): Promise<ApproveMatchedResult> {
  return callFunction('member', 'approveMatched', {})
}

export function getCoverage(): Promise<Coverage> {
  return callFunction('member', 'coverage', {})
}

/** The member ledger (党员台账) as an Excel file; secretaries get their own branch only. */
export function exportMemberLedger(branchId?: string): Promise<LedgerFile> {
  return callFunction('member', 'ledger', branchId ? { branchId } : {})
}

/** Exports the ledger (the district's, or one branch's) and saves it (h5) or opens it (weapp). */
export async function saveMemberLedger(branchId?: string): Promise<void> {
  await saveDocument(await exportMemberLedger(branchId), 'xlsx')
}
