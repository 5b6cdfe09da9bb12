// The member's own registration (寻党员) and the member ledger, on top of the `member.*` client.
import type { MyRegistration } from '../../types/member'
import { api } from './call-function'
import { saveDocument } from './files'

/** The caller's own registration, or null before they start one. */
export async function getMyRegistration(): Promise<MyRegistration | null> {
  return (await api.member.mine()).registration
}

/**
 * The member ledger (党员台账), the district's or one branch's (secretaries get their own branch
 * only), saved as Excel (h5) or opened (weapp).
 */
export async function saveMemberLedger(branchId?: string): Promise<void> {
  await saveDocument(await api.member.ledger(branchId ? { branchId } : {}), 'xlsx')
}
