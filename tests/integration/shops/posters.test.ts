// Print-ready posters: a PDF page per shop, for the committee and the shop's own merchant, handed
// out as a link into cloud storage.
import { fetchDownload } from '../../support/downloads'
import { sdkDatabase } from '../../support/local-endpoint'
import { fileStack } from '../../support/stack'

const stack = fileStack()

const pagesOf = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length

it('gives the committee and the shop’s merchant a one-page PDF poster, in A5 or A4', async () => {
  for (const [who, size] of [
    ['demo-admin', 'A4'],
    ['demo-merchant', 'A5'],
  ] as const) {
    const res = await stack.http(who, 'shop', {
      action: 'poster',
      data: { shopId: 'shop-001', size },
    })
    expect(res.status).toBe(200)
    expect(res.body.data.fileName).toBe(`老街口牛肉面-诚信二维码-${size}.pdf`)
    expect(Date.parse(res.body.data.expiresAt)).toBeGreaterThan(Date.now())
    const pdf = await fetchDownload(res.body.data)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pagesOf(pdf)).toBe(1)
    const mediaBox = size === 'A4' ? '595.28 841.89' : '419.53 595.28'
    expect(pdf.toString('latin1')).toContain(mediaBox)
  }
})

it('refuses a poster of someone else’s shop, and the district collection to merchants', async () => {
  expect(
    (await stack.http('demo-merchant', 'shop', { action: 'poster', data: { shopId: 'shop-002' } }))
      .status,
  ).toBe(403)
  expect(
    (await stack.http('demo-merchant', 'shop', { action: 'allPosters', data: {} })).status,
  ).toBe(403)
  expect(
    (await stack.http('demo-shopper', 'shop', { action: 'poster', data: { shopId: 'shop-001' } }))
      .status,
  ).toBe(403)
})

it('puts every open shop of the district in one PDF, a page each', async () => {
  // Fewer pages keep this quick under jest, where font parsing runs far slower than in a function.
  const db = sdkDatabase('local')
  await db
    .collection('shops')
    .where({
      districtId: 'demo-district',
      category: db.command.in(['服饰', '超市', '数码', '美容美发', '生活服务']),
    })
    .update({ status: 'suspended' })
  const open = (await stack.http(null, 'shop', { action: 'list', data: { pageSize: 50 } })).body
    .data.total
  const res = await stack.http('demo-admin', 'shop', { action: 'allPosters', data: { size: 'A5' } })
  expect(res.status).toBe(200)
  expect(res.body.data).toMatchObject({ part: 1, parts: 1, shops: open })
  const pdf = await fetchDownload(res.body.data.file)
  expect(pagesOf(pdf)).toBe(open)
  expect(res.body.data.file.fileName).toBe('红星路商圈-全部店铺诚信二维码-A5.pdf')

  // There is no second part of a district this size; the error names the field.
  const beyond = await stack.http('demo-admin', 'shop', { action: 'allPosters', data: { part: 2 } })
  expect(beyond.status).toBe(400)
  expect(beyond.body.error.issues).toEqual([{ path: 'part', message: '共 1 份，没有第 2 份' }])
  const bad = await stack.http('demo-admin', 'shop', { action: 'allPosters', data: { part: 0 } })
  expect(bad.body.error.issues).toEqual([{ path: 'part', message: '份数从 1 开始' }])
})

it('lets the housekeeping sweep delete exports a day old, and not before', async () => {
  const res = await stack.http('demo-admin', 'shop', {
    action: 'poster',
    data: { shopId: 'shop-001' },
  })
  const file = res.body.data
  const db = sdkDatabase('local')
  const records = (await db.collection('exports').get()).data
  expect(records.length).toBeGreaterThan(0)
  const sweep = () => stack.http('demo-admin', 'housekeeping', { action: 'sweep', data: {} })
  expect((await sweep()).body.data.exports).toBe(0)
  expect((await fetch(file.url)).status).toBe(200)

  // A day later (the records' expiry moved back rather than the clock forward).
  await db
    .collection('exports')
    .where({ expiresAt: db.command.gt(new Date(0)) })
    .update({ expiresAt: new Date(Date.now() - 1000) })
  expect((await sweep()).body.data.exports).toBe(records.length)
  expect((await fetch(file.url)).status).toBe(404)
  expect((await db.collection('exports').get()).data).toEqual([])
})
