// The one shape of a volunteer's profile as registering saves it, for the volunteer function and
// the demo seed: the phone encrypted with its lookup hash, the consent of the current version, and
// hours and pauses kept from an earlier profile (registering again never resets them).
import { VOLUNTEER_CONSENT_VERSION } from '../../types/volunteer'
import type { VolunteerDoc } from '../repositories/volunteers'
import { encryptPhone, phoneHash } from '../services/member-crypto'

export function newVolunteerDoc(
  userId: string,
  input: { realName: string; phone: string; skills: string[]; areas: string[] },
  fromMember: boolean,
  existing: VolunteerDoc | null,
  now: Date,
): VolunteerDoc {
  return {
    _id: userId,
    status: 'active',
    realName: input.realName,
    phoneCipher: encryptPhone(input.phone),
    phoneHash: phoneHash(input.phone),
    skills: input.skills,
    areas: input.areas,
    consent: { version: VOLUNTEER_CONSENT_VERSION, at: now },
    fromMember,
    totalHours: existing?.totalHours ?? 0,
    hoursByYear: existing?.hoursByYear ?? {},
    pausedUntil: existing?.pausedUntil ?? null,
    pauseReason: existing?.pauseReason ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  }
}
