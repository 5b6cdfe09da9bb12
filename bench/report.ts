// What every benchmark returns, and how it is printed: one titled table of named figures per section.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startStack, type Stack } from '../local-cloud/stack'
import { buildFunctions, FUNCTIONS_OUT } from '../scripts/build-functions'

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

/**
 * A measured load: requests per second, the median and 99th-percentile latency (ms), and this
 * process's CPU time per request (ms). The whole local stack runs in this one process, so the CPU
 * per request is the figure a busy machine disturbs least.
 */
export type Load = { rps: number; p50: number; p99: number; cpuMs: number }

/** Throughput and latency of `count` calls with `concurrency` in flight. */
export async function measureLoad(
  count: number,
  concurrency: number,
  call: (i: number) => Promise<unknown>,
): Promise<Load> {
  const cpu = process.cpuUsage()
  const { latencies, seconds } = await runConcurrently(count, concurrency, call)
  const { user, system } = process.cpuUsage(cpu)
  return {
    rps: count / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    cpuMs: (user + system) / 1000 / count,
  }
}

/** The rows a load is reported in: its throughput, its p50 / p99 latency and its CPU per request. */
export function loadRows(name: string, load: Load): BenchSection['rows'] {
  return [
    { name: `${name}: requests per second`, value: load.rps.toFixed(0) },
    {
      name: `${name}: p50 / p99 latency`,
      value: `${load.p50.toFixed(1)} / ${load.p99.toFixed(1)} ms`,
    },
    { name: `${name}: CPU per request`, value: `${load.cpuMs.toFixed(2)} ms` },
  ]
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

/**
 * Builds the functions, runs `bench` on a seeded stack with strict indexes in a fresh data folder,
 * then stops the stack and removes the folder, however the bench ends.
 */
export async function withBenchStack<T>(
  name: string,
  bench: (stack: Stack) => Promise<T>,
  options: { h5Dir?: string } = {},
) {
  await buildFunctions()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`))
  const stack = await startStack({
    dataDir,
    port: 0,
    functionsDir: FUNCTIONS_OUT,
    seed: true,
    strictIndexes: true,
    ...options,
  })
  try {
    return await bench(stack)
  } finally {
    await stack.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
