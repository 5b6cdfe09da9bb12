// Bulk actions run their writes a few at a time: never more than the limit in flight, results in
// the items' order, and no new write starts once one has failed.
import { chunks, inParallel } from '../../server/kernel/in-parallel'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

it('keeps at most `limit` in flight and returns results in order', async () => {
  let inFlight = 0
  let most = 0
  const out = await inParallel([...Array(50).keys()], 4, async (n) => {
    most = Math.max(most, ++inFlight)
    await tick()
    inFlight--
    return n * 2
  })
  expect(most).toBe(4)
  expect(out).toEqual([...Array(50).keys()].map((n) => n * 2))
})

it('starts nothing new after a failure and reports it', async () => {
  const started: number[] = []
  await expect(
    inParallel([...Array(20).keys()], 2, async (n) => {
      started.push(n)
      await tick()
      if (n === 3) throw new Error('write refused')
    }),
  ).rejects.toThrow('write refused')
  await tick()
  expect(Math.max(...started)).toBeLessThanOrEqual(4)
})

it('splits ids into runs no longer than the size', () => {
  expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  expect(chunks([], 3)).toEqual([])
})
