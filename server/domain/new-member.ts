// The one shape of a member registration as first written, for the member function and for the
// verified members that test fixtures and the bench write: nothing decided, no branch, no card,
// and the phone not held (only a verified member holds it).
import { phoneNotHeld, type MemberDoc } from '../repositories/members'

/** What a registration holds before the member's own fields and any decision. */
export function newMemberDoc(userId: string, districtId: string, now: Date) {
  return {
    _id: userId,
    districtId,
    skills: [],
    branchId: null,
    rosterMatch: 'none',
    rosterDiffs: [],
    showStatus: false,
    rejectReason: null,
    cardSerial: 0,
    submittedAt: null,
    decidedAt: null,
    decidedBy: null,
    verifiedAt: null,
    phoneHeld: phoneNotHeld(userId),
    createdAt: now,
  } satisfies Partial<MemberDoc>
}

/** A member verified at `now` with only a name, as fixtures and the bench need one; `by` decided. */
export function verifiedMemberDoc(
  userId: string,
  districtId: string,
  realName: string,
  by: string,
  now: Date,
): MemberDoc {
  return {
    ...newMemberDoc(userId, districtId, now),
    status: 'verified',
    consent: { version: by, at: now },
    realName,
    cardSerial: 1,
    submittedAt: now,
    decidedAt: now,
    decidedBy: by,
    verifiedAt: now,
    updatedAt: now,
  }
}
