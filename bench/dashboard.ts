// 数据看板's first load for a large district: 1,000 shops, 2,000 members and 50,000 complaints over
// the last year, written straight into the store. Timed through the gateway beside a bare call, with
// the database operations one load costs and any query the indexes do not serve; then this month's
// 党建台账 workbook and 月度工作报告, whose time and size matter for the function limits.
import { performance } from 'node:perf_hooks'
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../types/complaint'
import { computeIntegrity, type Severity } from '../types/integrity'
import { presetPeriod } from '../types/dashboard'
import { newShopDoc } from '../server/domain/new-shop'
import { newMemberDoc, verifiedMemberDoc } from '../server/domain/new-member'
import { NOT_YET_DECIDED } from '../server/repositories/complaints'
import { DEMO_ORGS } from '../local-cloud/seed/demo-district'
import { loadRows, measureLoad, post, withBenchStack, type BenchSection } from './report'
import { batchedWrites, benchShopFields, seedStore, type BenchStore } from './seed-store'

/** The district measured, and the load: few requests, since one load reads a year of complaints. */
const [SHOPS, MEMBERS, COMPLAINTS] = [1_000, 2_000, 50_000]
const LOAD = { concurrency: 2, requests: 20 }
const DAY_MS = 24 * 3600 * 1000
const YEAR_MS = 365 * DAY_MS

const BRANCHES = DEMO_ORGS.filter((o) => o.level === 'branch').map((o) => o._id)
const CATEGORIES = Object.keys(COMPLAINT_CATEGORIES) as ComplaintCategory[]
const SEVERITIES: Severity[] = ['minor', 'moderate', 'serious']

export async function benchDashboard(): Promise<BenchSection> {
  return withBenchStack('dashboard', async (stack) => {
    const { store, seedSeconds } = seedStore(stack, (s) => seedDistrict(s, new Date()))

    /** The size of the file behind an export's download link. */
    const mb = async (file: { url: string }) => {
      const bytes = (await (await fetch(file.url)).arrayBuffer()).byteLength
      return `${(bytes / 1024 / 1024).toFixed(1)} MB`
    }
    const token = stack.tokens.issue('demo-admin')
    const year = presetPeriod('year')
    const month = presetPeriod('month')
    const call = async (action: string, data: object = year) => {
      const res = await post(stack.url, 'dashboard', { action, data }, token)
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${res.text.slice(0, 200)}`)
      return JSON.parse(res.text).data
    }
    const timedOnce = async (action: string, data: object = year) => {
      const before = stack.endpoint.operations
      const t = performance.now()
      const reply = await call(action, data)
      return { data: reply, ms: performance.now() - t, ops: stack.endpoint.operations - before }
    }

    /** An export's time, size and operations, or why it failed (a timeout is a finding here). */
    const exported = async (action: string) => {
      try {
        const { data, ms, ops } = await timedOnce(action, month)
        return `${(ms / 1000).toFixed(1)} s, ${await mb(data)}, ${ops} operations`
      } catch (err) {
        return `failed: ${(err as Error).message.slice(0, 60)}`
      }
    }

    const first = await timedOnce('figures')
    const figures = await measureLoad(LOAD.requests, LOAD.concurrency, () => call('figures'))
    const bare = await measureLoad(LOAD.requests, LOAD.concurrency, () =>
      post(stack.url, 'dashboard', { action: 'ping-without-database' }),
    )
    const ledgers = await exported('ledgers')
    const report = await exported('report')
    const unindexed = store.unindexedQueries().filter((q) => q.shape !== '{}')

    return {
      title: `数据看板 on ${SHOPS.toLocaleString()} shops, ${MEMBERS.toLocaleString()} members, ${COMPLAINTS.toLocaleString()} complaints (this year, concurrency ${LOAD.concurrency})`,
      rows: [
        { name: 'seeding (direct to the store)', value: `${seedSeconds.toFixed(1)} s` },
        {
          name: `first load (${first.data.complaints.total.toLocaleString()} complaints in the period)`,
          value: `${first.ms.toFixed(0)} ms`,
        },
        { name: 'database operations per load', value: String(first.ops) },
        ...loadRows('dashboard.figures', figures),
        ...loadRows('bare call', bare),
        { name: 'figures p50 / bare p50', value: `${(figures.p50 / bare.p50).toFixed(1)}×` },
        { name: '党建台账 workbook for this month: time, size, operations', value: ledgers },
        { name: '月度工作报告 PDF for this month: time, size, operations', value: report },
        { name: 'unindexed query shapes', value: String(unindexed.length) },
      ],
    }
  })
}

/** Shops across the demo branches, members working in them, complaints spread over the year. */
function seedDistrict(store: BenchStore, now: Date) {
  const { push, flush } = batchedWrites(store)
  for (let i = 0; i < SHOPS; i++) {
    const id = `bench-shop-${i}`
    const fields = benchShopFields(i, '看板店铺', 'DASH')
    const upheld =
      i % 10 === 0
        ? [{ severity: SEVERITIES[i % 3], upheldAt: now, rectificationVerified: false }]
        : []
    const record = {
      commitments: i % 4,
      honours: 0,
      ratings: { count: 0, average: 0 },
      upheld,
      overdue: 0,
    }
    push({
      coll: 'shops',
      id,
      doc: {
        _id: id,
        ...newShopDoc(fields, 'demo-district', now, `D${String(i).padStart(7, '0')}`),
        orgId: BRANCHES[i % BRANCHES.length],
        integrity: { ...computeIntegrity(record, now), updatedAt: now },
      },
    })
  }
  for (let m = 0; m < MEMBERS; m++) {
    const id = `bench-member-${m}`
    const at = new Date(now.getTime() - (m / MEMBERS) * YEAR_MS)
    const shop = m % (SHOPS * 0.7)
    const place = { workShopId: `bench-shop-${shop}`, branchId: BRANCHES[shop % BRANCHES.length] }
    const doc =
      m % 4 === 0
        ? {
            ...newMemberDoc(id, 'demo-district', at),
            status: 'pending',
            submittedAt: at,
            updatedAt: at,
          }
        : { ...verifiedMemberDoc(id, 'demo-district', `党员${m}`, 'demo-admin', at) }
    push({ coll: 'members', id, doc: { ...doc, ...place } })
  }
  for (let c = 0; c < COMPLAINTS; c++) {
    const id = `bench-complaint-${c}`
    const filed = new Date(now.getTime() - (c / COMPLAINTS) * YEAR_MS)
    const handled = c % 5 !== 0
    const handledAt = handled ? new Date(filed.getTime() + ((c % 9) + 1) * DAY_MS * 0.7) : null
    const shop = c % SHOPS
    push({
      coll: 'complaints',
      id,
      doc: {
        _id: id,
        ...NOT_YET_DECIDED,
        shopId: `bench-shop-${shop}`,
        shopName: `看板店铺${shop}`,
        complainantId: `bench-user-${c % 5000}`,
        anonymous: false,
        category: CATEGORIES[c % CATEGORIES.length],
        description: '压测投诉内容，超过十个字。',
        photos: [],
        contactCipher: null,
        status: handled ? 'handled' : 'accepted',
        severity: SEVERITIES[c % 3],
        deadline: new Date(filed.getTime() + 5 * DAY_MS),
        result: handled ? '已处理' : null,
        handledAt,
        timeline: [],
        createdAt: filed,
        updatedAt: handledAt ?? filed,
      },
    })
  }
  flush()
}
