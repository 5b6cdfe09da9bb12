// Bulk work (imports, one-pass approval, posters) runs its many small database or WeChat calls a
// few at a time: one by one, 2,000 rows take 2,000 round trips end to end, which a deployed
// function's 60 seconds cannot hold; all at once would flood the database's connection limit.

/** How many writes a bulk action keeps in flight. */
export const BULK_WRITES = 16

/** Calls `work` for each item, at most `limit` at a time; the results keep the items' order. */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    // After a failure no new item starts, so nothing is written once the caller has its error.
    while (next < items.length && !failed) {
      const i = next++
      try {
        results[i] = await work(items[i], i)
      } catch (err) {
        failed = true
        throw err
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Splits `items` into runs of at most `size` (for `in` queries the database caps). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = []
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size))
  return runs
}
