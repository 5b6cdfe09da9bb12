// An activity's roster as its leaders and the committee see it: full names (they run the
// activity), masked phones (the full one through `contact`, audited), and the hours the rule
// gives now — or, once confirmed, the hours recorded.
import { z } from 'zod'
import type { Roster, RosterEntry } from '../../types/activity'
import { maskPhone } from '../../types/masking'
import type { ActivityDoc } from '../repositories/activities'
import type { SignUpDoc } from '../repositories/signups'
import type { VolunteerDoc } from '../repositories/volunteers'
import { decryptPhone } from '../services/member-crypto'
import { servedHours } from './volunteer-hours'

/** The hours the rule credits for a sign-up now, and whether they rest on a missing check-out. */
export function hoursOf(a: ActivityDoc, s: SignUpDoc) {
  return servedHours({
    startAt: new Date(a.startAt),
    endAt: new Date(a.endAt),
    creditHours: a.creditHours,
    attendance: s.attendance,
    checkInAt: s.checkInAt ? new Date(s.checkInAt) : null,
    checkOutAt: s.checkOutAt ? new Date(s.checkOutAt) : null,
  })
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

export function rosterEntry(
  a: ActivityDoc,
  s: SignUpDoc,
  v: VolunteerDoc | undefined,
): RosterEntry {
  const rule = hoursOf(a, s)
  const waiting = a.waitlist.indexOf(s.userId)
  return {
    userId: s.userId,
    name: v?.realName ?? '（未登记）',
    phone: v?.phoneCipher ? maskPhone(decryptPhone(v.phoneCipher)) : '***',
    status: s.status,
    position: waiting >= 0 ? waiting + 1 : null,
    lateCancel: s.lateCancel,
    attendance: s.attendance,
    checkInAt: iso(s.checkInAt),
    checkOutAt: iso(s.checkOutAt),
    hours: s.hours ?? (s.status === 'confirmed' ? rule.hours : 0),
    missingCheckOut: s.status === 'confirmed' && rule.missingCheckOut,
    located: s.checkInDistance != null,
    manual: s.manual,
  }
}

const ORDER: Record<SignUpDoc['status'], number> = {
  confirmed: 0,
  waitlisted: 1,
  cancelled: 2,
  dropped: 3,
}

/** Everyone who signed up: those holding a place first, then the waitlist in order, then the rest. */
export function rosterView(
  a: ActivityDoc,
  signups: SignUpDoc[],
  volunteers: VolunteerDoc[],
): z.output<typeof Roster> {
  const byId = new Map(volunteers.map((v) => [v._id, v]))
  const list = signups
    .map((s) => rosterEntry(a, s, byId.get(s.userId)))
    .sort(
      (x, y) =>
        ORDER[x.status] - ORDER[y.status] ||
        (x.position ?? 0) - (y.position ?? 0) ||
        x.name.localeCompare(y.name, 'zh'),
    )
  return {
    list,
    confirmed: a.confirmed.length,
    waitlisted: a.waitlist.length,
    hoursConfirmedAt: iso(a.hoursConfirmedAt),
  }
}
