// How a registration compares with the roster entry that has the same phone. Names and dates must
// agree exactly; organisation names are compared loosely, since people write 某某党委 and
// 某某市某某区某某党委 for the same body.
import type { RosterMatch } from '../../types/member'

type Compared = { realName?: string; joinedOn?: string; recordOrg?: string }
type Entry = { realName: string; joinedOn: string | null; recordOrg: string }
export type RosterDiff = 'realName' | 'joinedOn' | 'recordOrg'

const plain = (text = '') => text.replace(/[\s·.,，。()（）-]/g, '')

export function compareWithRoster(
  reg: Compared,
  entry: Entry | null,
): { rosterMatch: RosterMatch; rosterDiffs: RosterDiff[] } {
  if (!entry) return { rosterMatch: 'none', rosterDiffs: [] }
  const diffs: RosterDiff[] = []
  if (plain(reg.realName) !== plain(entry.realName)) diffs.push('realName')
  if (entry.joinedOn && reg.joinedOn !== entry.joinedOn) diffs.push('joinedOn')
  const a = plain(reg.recordOrg)
  const b = plain(entry.recordOrg)
  if (!a || !(a.includes(b) || b.includes(a))) diffs.push('recordOrg')
  return { rosterMatch: diffs.length ? 'partial' : 'full', rosterDiffs: diffs }
}
