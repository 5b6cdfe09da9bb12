// The committee's member pages on a district of 2,000 registrations: every registration goes in
// through `member.submit` over the gateway (as phones do), a roster of 1,500 is imported, the
// matched ones are approved in one pass, then the verification queue (plain, filtered, searched,
// a secretary's), the coverage page and the ledger export are timed beside a bare gateway call.
import { performance } from 'node:perf_hooks'
import { writeRosterSheet } from '../server/services/member-sheet'
import { DEMO_SHOPS } from '../local-cloud/seed/demo-district'
import { percentile, runConcurrently, withBenchStack, type BenchSection } from './report'

const REGISTRATIONS = 2_000
const ROSTER = 1_500
const CONCURRENCY = 8
const REQUESTS = 300
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'

type Row = BenchSection['rows'][number]

const person = (i: number) => ({
  realName: `${SURNAMES[i % SURNAMES.length]}${'晓建明华红国军芳丽强'[i % 10]}${'一二三四五六七八九十'[Math.floor(i / 10) % 10]}`,
  phone: `137${String(i).padStart(8, '0')}`,
  joinedOn: `${1980 + (i % 45)}-0${(i % 9) + 1}-1${i % 10}`,
  recordOrg: `第${i % 50}街道党工委`,
})

export async function benchMemberQueue(): Promise<BenchSection> {
  return withBenchStack('members', async (stack) => {
    const call = async (openid: string | null, fn: string, body: unknown) => {
      const res = await fetch(`${stack.url}api/${fn}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(openid ? { authorization: `Bearer ${stack.tokens.issue(openid)}` } : {}),
        },
        body: JSON.stringify(body),
      })
      const text = await res.text()
      if (res.status !== 200) throw new Error(`${fn}: ${res.status} ${text.slice(0, 200)}`)
      return JSON.parse(text).data
    }
    const submits = await runConcurrently(REGISTRATIONS, CONCURRENCY, async (i) => {
      const openid = `bench-member-${i}`
      await call(openid, 'user', { action: 'me' })
      await call(openid, 'member', {
        action: 'submit',
        data: {
          ...person(i),
          gender: i % 2 ? '男' : '女',
          standing: i % 7 ? 'full' : 'probationary',
          transferred: i % 3 === 0,
          floating: i % 3 === 1,
          workShopId: DEMO_SHOPS[i % DEMO_SHOPS.length]._id,
          post: '店员',
          consent: true,
        },
      })
    })
    const sheet = await writeRosterSheet(
      Array.from({ length: ROSTER }, (_, i) => {
        const p = person(i)
        // Every tenth roster entry disagrees on the joining date: a partial match.
        return { ...p, joinedOn: i % 10 ? p.joinedOn : '1979-01-01' }
      }),
    )
    let t = performance.now()
    const imported = await call('demo-admin', 'member', {
      action: 'importRoster',
      data: { fileName: '花名册.xlsx', contentBase64: sheet.toString('base64') },
    })
    const importSeconds = (performance.now() - t) / 1000
    t = performance.now()
    // A batch a call, as the console does, until the server says none are left.
    const pass = { approved: 0 }
    let after: string | undefined
    do {
      const batch = await call('demo-admin', 'member', {
        action: 'approveMatched',
        data: { after },
      })
      pass.approved += batch.approved
      after = batch.next ?? undefined
    } while (after)
    const passSeconds = (performance.now() - t) / 1000

    /** p50 of one request at a time (what one person waits), then p50 / p99 with CONCURRENCY in flight. */
    const timed = async (fn: string, openid: string | null, body: unknown) => {
      const once = () => call(openid, fn, body)
      await runConcurrently(30, CONCURRENCY, once)
      const alone = await runConcurrently(50, 1, once)
      const loaded = await runConcurrently(REQUESTS, CONCURRENCY, once)
      return {
        alone: percentile(alone.latencies, 0.5),
        p50: percentile(loaded.latencies, 0.5),
        p99: percentile(loaded.latencies, 0.99),
      }
    }
    // An unknown action is refused by the router before any database work: the gateway's floor.
    const floor = await runConcurrently(REQUESTS, CONCURRENCY, () =>
      fetch(`${stack.url}api/member`, {
        method: 'POST',
        body: JSON.stringify({ action: 'ping-without-database' }),
      }).then((res) => res.text()),
    )
    const baseline = {
      p50: percentile(floor.latencies, 0.5),
      p99: percentile(floor.latencies, 0.99),
    }
    const cases: [string, string, unknown][] = [
      ['queue, first page (committee)', 'demo-admin', { action: 'queue', data: {} }],
      [
        'queue, floating + partial match',
        'demo-admin',
        { action: 'queue', data: { kind: 'floating', rosterMatch: 'partial' } },
      ],
      ['queue, name search "王"', 'demo-admin', { action: 'queue', data: { q: '王' } }],
      [
        'queue, verified, page 10',
        'demo-admin',
        { action: 'queue', data: { status: 'verified', page: 10 } },
      ],
      ['queue (branch secretary)', 'demo-secretary', { action: 'queue', data: {} }],
      ['coverage page', 'demo-admin', { action: 'coverage', data: {} }],
    ]
    const rows: Row[] = [
      {
        name: `registrations submitted (user.me + member.submit)`,
        value: `${(REGISTRATIONS / submits.seconds).toFixed(0)} /s`,
      },
      {
        name: `roster import (${ROSTER} rows, ${imported.matched} pending now fully matched)`,
        value: `${importSeconds.toFixed(2)} s`,
      },
      {
        name: `one-pass approval (${pass.approved} approved)`,
        value: `${passSeconds.toFixed(2)} s`,
      },
      {
        name: 'bare gateway call: p50 / p99',
        value: `${baseline.p50.toFixed(1)} / ${baseline.p99.toFixed(1)} ms`,
      },
    ]
    for (const [name, openid, body] of cases) {
      const r = await timed('member', openid, body)
      rows.push({
        name: `${name}: p50 alone | p50 / p99 at ${CONCURRENCY} (× bare)`,
        value: `${r.alone.toFixed(1)} | ${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms (${(r.p50 / baseline.p50).toFixed(1)}×)`,
      })
    }
    t = performance.now()
    const ledger = await call('demo-admin', 'member', { action: 'ledger', data: {} })
    const ledgerSeconds = (performance.now() - t) / 1000
    const ledgerBytes = (await (await fetch(ledger.url)).arrayBuffer()).byteLength
    rows.push({
      name: `ledger export (${pass.approved + 9} members, ${Math.round(ledgerBytes / 1024)} KB)`,
      value: `${ledgerSeconds.toFixed(2)} s`,
    })
    const unindexed = stack.endpoint.registry
      .forEnv('local')
      .unindexedQueries()
      .filter((q) => q.shape !== '{}')
    rows.push({ name: 'unindexed query shapes', value: String(unindexed.length) })
    return {
      title: `Member verification on ${REGISTRATIONS.toLocaleString()} registrations (through the gateway, concurrency ${CONCURRENCY})`,
      rows,
    }
  })
}
