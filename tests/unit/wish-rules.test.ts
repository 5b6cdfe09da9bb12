import { claimDeadline } from '../../cloudfunctions/wish/handlers/claim'
import { endOfShanghaiDay } from '../../types/shanghai-time'
import { servesPlace, usesLeft } from '../../server/repositories/resource-use'
import type { ResourceDoc } from '../../server/repositories/resources'
import { slotIds } from '../../server/repositories/slots'

const DAY = 86400e3

it('ends a Shanghai day at 23:59:59.999 +08:00', () => {
  expect(endOfShanghaiDay('2026-12-24').toISOString()).toBe('2026-12-24T15:59:59.999Z')
})

it('gives a claim until the wanted-by day when that leaves a day, else 14 days', () => {
  const now = new Date('2026-12-03T02:00:00Z')
  expect(claimDeadline('2026-12-10', now).toISOString()).toBe('2026-12-10T15:59:59.999Z')
  expect(claimDeadline('2026-12-03', now).getTime()).toBe(now.getTime() + 14 * DAY)
  expect(claimDeadline(null, now).getTime()).toBe(now.getTime() + 14 * DAY)
})

it('counts a resource’s uses per month and matches areas loosely', () => {
  const r = { capacityPerMonth: 3, usedMonth: '2026-11', used: 3 } as ResourceDoc
  expect(usesLeft(r, '2026-11')).toBe(0)
  expect(usesLeft(r, '2026-12')).toBe(3)
  expect(servesPlace([], ['任何地方'])).toBe(true)
  expect(servesPlace(['红星社区'], ['红星社区三号楼'])).toBe(true)
  expect(servesPlace(['美食街'], ['红星社区'])).toBe(false)
})

it('numbers the slots of a limit', () => {
  expect(slotIds('wish', 'u1', 3)).toEqual(['wish:u1:0', 'wish:u1:1', 'wish:u1:2'])
})
