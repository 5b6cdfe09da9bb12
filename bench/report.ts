// What every benchmark returns, and how it is printed: one titled table of named figures per section.
import { performance } from 'node:perf_hooks'

export type BenchSection = { title: string; rows: { name: string; value: string }[] }

export function printSection(section: BenchSection): void {
  const nameWidth = Math.max(4, ...section.rows.map((r) => r.name.length))
  const valueWidth = Math.max(5, ...section.rows.map((r) => r.value.length))
  const rule = `${'-'.repeat(nameWidth + 2)}+${'-'.repeat(valueWidth + 2)}`
  console.log(`\n${section.title}`)
  console.log(rule)
  for (const row of section.rows) {
    console.log(` ${row.name.padEnd(nameWidth)} | ${row.value.padStart(valueWidth)}`)
  }
  console.log(rule)
}

/** The value at quantile q (0..1) of unsorted samples. */
export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index]
}

/** Runs `count` calls with `concurrency` in flight; each call's latency (ms) and the wall time. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  call: (i: number) => Promise<unknown>,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++
        const t = performance.now()
        await call(i)
        latencies.push(performance.now() - t)
      }
    }),
  )
  return { latencies, seconds: (performance.now() - started) / 1000 }
}

/** `POST /api/<fn>` through the gateway, as a client calls it; the status and the raw reply. */
export async function post(
  url: string,
  fn: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}api/${fn}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  return { status: res.status, text: await res.text() }
}
