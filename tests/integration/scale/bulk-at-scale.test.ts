// A district of 1,000 shops and 2,000 members: its bulk work (shop import, roster import, one-pass
// approval, ledgers, all posters) goes through the functions with the deployed time limits (the
// local runner reads them from each built config.json, so an overrun fails the call) and with a
// database round trip as slow as a deployed function's, and the time each took is reported.
import { performance } from 'node:perf_hooks'
import { FUNCTIONS } from '../../../config/deployment'
import { DEMO_SHOPS } from '../../../local-cloud/seed/demo-district'
import { writeRosterSheet } from '../../../server/services/member-sheet'
import { writeShopSheet } from '../../../server/services/shop-sheet'
import type { FunctionName } from '../../../types/api'
import { POSTERS_PER_PART } from '../../../server/domain/poster-parts'
import { fetchDownload } from '../../support/downloads'
import { MEMBER_FORM } from '../../support/member-form'
import { dumpDatabase, fileStack } from '../../support/stack'

const SHOPS = 1_000
const MEMBERS = 2_000
const SUBMITTERS = 16
/** A deployed function's round trip to its database, on the slow side. */
const CLOUD_ROUND_TRIP_MS = 20

jest.setTimeout(600_000)
const stack = fileStack()

const timings: {
  what: string
  fn: FunctionName
  seconds: number
  operations: number
  note?: string
}[] = []

/** Calls `fn` as the committee and notes how long it took against the function's limit. */
async function timed(what: string, fn: FunctionName, action: string, data: object = {}) {
  const started = performance.now()
  const operations = stack.endpoint.operations
  stack.endpoint.latencyMs = CLOUD_ROUND_TRIP_MS
  const res = await stack.http('demo-admin', fn, { action, data }).finally(() => {
    stack.endpoint.latencyMs = 0
  })
  timings.push({
    what,
    fn,
    seconds: (performance.now() - started) / 1000,
    operations: stack.endpoint.operations - operations,
  })
  expect(res.body.error).toBeUndefined()
  expect(res.status).toBe(200)
  return res.body.data
}

afterAll(() => {
  const lines = timings.map(
    (t) =>
      `  ${t.what.padEnd(40)} ${t.seconds.toFixed(2).padStart(6)} s of ${FUNCTIONS[t.fn].timeout} s` +
      `   ${String(t.operations).padStart(5)} database operations${t.note ? `   ${t.note}` : ''}`,
  )
  process.stdout.write(
    `\nBulk work at scale, each database operation ${CLOUD_ROUND_TRIP_MS} ms away:\n` +
      `${lines.join('\n')}\n\n`,
  )
})

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const person = (i: number) => ({
  realName: `${SURNAMES[i % 20]}${'晓建明华红国军芳丽强'[Math.floor(i / 20) % 10]}${'一二三四五六七八九十'[Math.floor(i / 200) % 10]}`,
  phone: `137${String(i).padStart(8, '0')}`,
  joinedOn: '2015-07-01',
  recordOrg: '泰山区财源街道党工委',
})

async function inTurns(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++)
    }),
  )
}

it(`imports ${SHOPS} shops from one sheet`, async () => {
  const sheet = await writeShopSheet(
    Array.from({ length: SHOPS }, (_, i) => ({
      name: `规模店铺${i}`,
      category: '其他',
      address: `红星路 ${i} 号`,
      floorUnit: '',
      contactName: '孙老板',
      contactPhone: '13912345678',
      licenceNo: `91370100SC${String(i).padStart(6, '0')}XY`,
    })),
  )
  const report = await timed(`shop.importSheet: ${SHOPS} rows`, 'shop', 'importSheet', {
    fileName: 'shops.xlsx',
    contentBase64: sheet.toString('base64'),
  })
  expect(report).toMatchObject({ created: SHOPS, refused: 0 })
})

it(`matches a roster of ${MEMBERS} and approves every match, a batch a call`, async () => {
  await inTurns(MEMBERS, SUBMITTERS, async (i) => {
    const res = await stack.http(`scale-member-${i}`, 'member', {
      action: 'submit',
      data: { ...MEMBER_FORM, ...person(i), workShopId: DEMO_SHOPS[i % DEMO_SHOPS.length]._id },
    })
    expect(res.body.error).toBeUndefined()
  })
  // WeChat vouches for a phone in the mini-program; the local stack has no WeChat, so the store
  // says it did (typed phones are never approved in one pass).
  const store = stack.endpoint.registry.forEnv('local')
  const before = dumpDatabase(stack)
  const ours = new Set(
    (before.users as { _id: string; openid: string }[])
      .filter((u) => u.openid.startsWith('scale-member-'))
      .map((u) => u._id),
  )
  const pending = (before.members as { _id: string }[]).filter((m) => ours.has(m._id))
  expect(pending).toHaveLength(MEMBERS)
  store.commit(
    pending.map((m) => ({ coll: 'members', id: m._id, doc: { ...m, phoneVerified: true } })),
  )

  const sheet = await writeRosterSheet(Array.from({ length: MEMBERS }, (_, i) => person(i)))
  const imported = await timed(`member.importRoster: ${MEMBERS} rows`, 'member', 'importRoster', {
    fileName: '花名册.xlsx',
    contentBase64: sheet.toString('base64'),
  })
  expect(imported).toMatchObject({ imported: MEMBERS, refused: 0, matched: MEMBERS })

  // The demo district's own matched registration goes through with ours.
  const matched = (dumpDatabase(stack).members as Record<string, unknown>[]).filter(
    (m) => m.status === 'pending' && m.rosterMatch === 'full' && m.phoneVerified && m.branchId,
  )
  expect(matched.length).toBeGreaterThanOrEqual(MEMBERS)

  let approved = 0
  let calls = 0
  let after: string | undefined
  do {
    const batch = await timed(
      `member.approveMatched: batch ${++calls}`,
      'member',
      'approveMatched',
      {
        after,
      },
    )
    approved += batch.approved
    after = batch.next ?? undefined
  } while (after)
  expect(approved).toBe(matched.length)

  const members = dumpDatabase(stack).members as { _id: string; status: string }[]
  const verified = members.filter((m) => ours.has(m._id) && m.status === 'verified')
  expect(verified).toHaveLength(MEMBERS)
})

it('exports the member ledger and the district ledgers with every member', async () => {
  const ledger = await timed('member.ledger: the whole district', 'member', 'ledger')
  expect(ledger.fileName).toMatch(/^党员台账-.*\.xlsx$/)
  const year = new Date().getFullYear()
  const workbook = await timed('dashboard.ledgers: this year', 'dashboard', 'ledgers', {
    from: `${year}-01`,
    to: `${year}-12`,
  })
  expect(workbook.fileName).toMatch(/\.xlsx$/)
})

it(`draws the posters of every open shop, ${POSTERS_PER_PART} shops a call`, async () => {
  const open = (await stack.http(null, 'shop', { action: 'list', data: { pageSize: 1 } })).body.data
    .total
  expect(open).toBeGreaterThanOrEqual(SHOPS)
  let parts = 1
  let drawn = 0
  for (let part = 1; part <= parts; part++) {
    const reply = await timed(`shop.allPosters: part ${part}`, 'shop', 'allPosters', { part })
    expect(reply.part).toBe(part)
    parts = reply.parts
    drawn += reply.shops
    const pdf = await fetchDownload(reply.file)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect((pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length).toBe(reply.shops)
    timings[timings.length - 1].note =
      `${reply.shops} shops, ${(pdf.length / 1024 / 1024).toFixed(1)} MB PDF`
  }
  expect(parts).toBe(Math.ceil(open / POSTERS_PER_PART))
  expect(drawn).toBe(open)
})
