import { shanghaiDay, shanghaiMonth } from '../../types/shanghai-time'
import { ratingId } from '../../server/repositories/ratings'

it('puts a rating in its Asia/Shanghai month', () => {
  expect(shanghaiMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12')
  expect(shanghaiMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11')
  expect(shanghaiMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01')
  expect(ratingId('shop-001', 'user-x', '2026-12')).toBe('shop-001:user-x:2026-12')
})

it('counts complaint limits per Asia/Shanghai day', () => {
  expect(shanghaiDay(new Date('2026-03-01T15:59:59Z'))).toBe('20260301')
  expect(shanghaiDay(new Date('2026-03-01T16:00:00Z'))).toBe('20260302')
})
