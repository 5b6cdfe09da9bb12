import { POSTERS_PER_PART, posterPartRange, posterParts } from '../../server/domain/poster-parts'

it.each([
  [0, 1],
  [1, 1],
  [200, 1],
  [201, 2],
  [1000, 5],
  [1001, 6],
])('%i open shops make %i part(s) of 200', (shops, parts) => {
  expect(POSTERS_PER_PART).toBe(200)
  expect(posterParts(shops)).toBe(parts)
})

it('covers every shop exactly once, in order, whatever the count', () => {
  for (const shops of [0, 1, 199, 200, 201, 999, 1000, 1001]) {
    const covered: number[] = []
    for (let part = 1; part <= posterParts(shops); part++) {
      const { skip, take } = posterPartRange(part, shops)
      expect(take).toBeLessThanOrEqual(POSTERS_PER_PART)
      for (let i = skip; i < skip + take; i++) covered.push(i)
    }
    expect(covered).toEqual(Array.from({ length: shops }, (_, i) => i))
  }
})

it('gives the last part what is left, and a part past the end nothing', () => {
  expect(posterPartRange(5, 950)).toEqual({ skip: 800, take: 150 })
  expect(posterPartRange(3, 250)).toEqual({ skip: 400, take: 0 })
})
