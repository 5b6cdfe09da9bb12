// Smoke test of the built mini-program: the real dist/weapp bundle runs in a Node sandbox with a fake
// `wx` whose cloud functions answer from canned envelopes. Build first (`npm run build:weapp`).
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import type { Envelope } from '../../types/envelope'
import {
  MiniSandbox,
  cannedCloud,
  findByClass,
  textOf,
  waitFor,
  type CloudCall,
  type PageInstance,
} from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

const OVERVIEW: ActionOutput<'district', 'overview'> = {
  districtId: 'd1',
  name: '滨江红色商圈',
  committeeName: '滨江商圈联合党委',
  intro: '党建引领，诚信经营',
  figures: { shops: 128, orgs: 9, members: 312, shopsWithMembers: 47 },
}

const SHOPS: ActionOutput<'shop', 'list'> = {
  list: [
    {
      shopId: 'shop_1',
      name: '老街面馆',
      category: '餐饮',
      floorUnit: '1F-101',
      stars: 5,
      level: 'green',
      honours: ['党员示范店'],
    },
    {
      shopId: 'shop_2',
      name: '红星书店',
      category: '其他',
      floorUnit: '2F-203',
      stars: 2,
      level: 'yellow',
      honours: [],
    },
  ],
  total: 2,
  page: 1,
  pageSize: 10,
}

const CANNED: Record<string, Envelope<unknown>> = {
  'district.overview': { ok: true, data: OVERVIEW },
  'shop.list': { ok: true, data: SHOPS },
}

const SHOP_CARD: ActionOutput<'shop', 'get'> = {
  shopId: 'shop_1',
  name: '老街面馆',
  category: '餐饮',
  floorUnit: '1F-101',
  address: '滨江路 88 号',
  description: '三十年老字号',
  hours: '07:00-21:00',
  photos: ['cloud://env-1.bucket/shops/noodles.jpg'],
  status: 'open',
  integrity: {
    score: 91,
    stars: 5,
    level: 'green',
    reasons: ['亮承诺 3 项 +6', '获得荣誉 1 项 +5'],
    updatedAt: '2025-11-20T02:00:00.000Z',
  },
  honours: [
    { honour: '党员示范店', criteria: ['诚信经营'], awardedAt: '2025-10-01T00:00:00.000Z' },
  ],
  commitments: [
    { text: '明码标价', standard: true },
    { text: '汤底每日现熬', standard: false },
  ],
  members: [{ maskedName: '陈*燕', post: '店长' }],
  ratings: { average: 4.6, count: 12, distribution: [0, 0, 1, 3, 8] },
  recentReviews: [
    {
      stars: 5,
      tags: ['服务热情'],
      text: '面很筋道',
      author: '刘*',
      createdAt: '2025-11-19T04:00:00.000Z',
    },
  ],
  recentComplaints: [],
}

/** The one payload the fake `shop.scan` accepts; anything else is refused like a forgery. */
const GOOD_CODE = 'v1.shop_1.abcdEFGH'

const respond = cannedCloud({
  ...CANNED,
  'shop.scan': (call: CloudCall) => {
    const { code } = call.data.data as { code: string }
    return code === GOOD_CODE
      ? { ok: true, data: SHOP_CARD }
      : {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: '二维码无效',
            issues: [{ path: 'code', message: '二维码无效或已被篡改' }],
          },
        }
  },
  'shop.get': (call: CloudCall) => {
    const { shopId } = call.data.data as { shopId: string }
    return shopId === SHOP_CARD.shopId
      ? { ok: true, data: SHOP_CARD }
      : { ok: false, error: { code: 'NOT_FOUND', message: '店铺不存在' } }
  },
})

describe('weapp home page (dist/weapp in a sandbox)', () => {
  let sandbox: MiniSandbox
  let page: PageInstance

  beforeAll(() => {
    sandbox = new MiniSandbox(DIST, respond)
    sandbox.launch()
    // Same tick as the launch, as when a shopper scans a code straight onto a page.
    page = sandbox.open('pages/index/index')
  })

  it('initialises the cloud once, before any function call', async () => {
    await waitFor(() => sandbox.cloudCalls.length > 0, 'a cloud function call')
    const apis = sandbox.calls.map((c) => c.api)
    expect(apis.filter((api) => api === 'cloud.init')).toHaveLength(1)
    expect(apis.indexOf('cloud.init')).toBeLessThan(apis.indexOf('cloud.callFunction'))
    expect(sandbox.callsOf('cloud.init')[0]).toEqual({
      env: 'dynamic-current-env',
      traceUser: true,
    })
  })

  it('renders the district, its figures and the shop list from cloud functions', async () => {
    await waitFor(() => findByClass(page.data.root, 'shop-list__item').length === 2, 'two shops')
    await waitFor(() => textOf(page.data.root).includes(OVERVIEW.name), 'the district name')

    const text = textOf(page.data.root)
    expect(text).toContain('滨江红色商圈')
    expect(text).toContain('滨江商圈联合党委')
    expect(findByClass(page.data.root, 'figure-tile').map(textOf)).toEqual([
      '128店铺',
      '9党组织',
      '312党员',
      '47党员覆盖店铺',
    ])
    expect(text).toContain('老街面馆')
    const [first] = findByClass(page.data.root, 'shop-list__item')
    expect(findByClass(first, 'shop-list__stars').map(textOf)).toEqual(['★★★★★'])
    expect(findByClass(first, 'level-dot--green')).toHaveLength(1)
    expect(findByClass(first, 'honour-tag').map(textOf)).toEqual(['党员示范店'])
    expect(findByClass(page.data.root, 'honour-filter__item').map(textOf)).toEqual([
      '全部荣誉',
      '党员示范店',
      '星级党员商户',
      '党员先锋岗',
    ])
    expect(sandbox.cloudCalls.map((c) => `${c.name}.${c.data.action}`).sort()).toEqual([
      'district.overview',
      'shop.list',
    ])
    const listCall = sandbox.cloudCalls.find((c) => c.name === 'shop')
    expect(listCall?.data).toMatchObject({ action: 'list', data: { page: 1, pageSize: 10 } })
  })

  it('opens the shop page when a shop is tapped', async () => {
    const [first] = findByClass(page.data.root, 'shop-list__item')
    sandbox.tap(page, first)
    await waitFor(() => sandbox.callsOf('navigateTo').length === 1, 'navigateTo')
    expect(sandbox.callsOf('navigateTo')[0]).toMatchObject({
      url: expect.stringMatching(/^\/pages\/shop\/index\?id=shop_1(&|$)/),
    })
  })
})

describe('weapp shop page (dist/weapp in a sandbox)', () => {
  let sandbox: MiniSandbox

  beforeAll(() => {
    sandbox = new MiniSandbox(DIST, respond)
    sandbox.launch()
  })

  it('shows the shop card and titles the page with the shop name', async () => {
    const page = sandbox.open('pages/shop/index', { id: 'shop_1' })
    await waitFor(() => findByClass(page.data.root, 'shop-card').length === 1, 'the shop card')
    const text = textOf(page.data.root)
    expect(text).toContain('老街面馆')
    expect(text).toContain('滨江路 88 号')
    expect(text).toContain('07:00-21:00')
    expect(findByClass(page.data.root, 'integrity__stars').map(textOf)).toEqual(['★★★★★'])
    expect(findByClass(page.data.root, 'integrity__score').map(textOf)).toEqual(['91'])
    expect(findByClass(page.data.root, 'integrity-badge--green').map(textOf)).toEqual(['诚信良好'])
    expect(findByClass(page.data.root, 'shop-members__item').map(textOf)).toEqual(['陈*燕 · 店长'])
    expect(text).toContain('汤底每日现熬')
    expect(findByClass(page.data.root, 'shop-actions__rate')).toHaveLength(1)
    expect(findByClass(page.data.root, 'shop-actions__complain')).toHaveLength(1)
    expect(sandbox.cloudCalls.filter((c) => c.name === 'shop')).toHaveLength(1)
    await waitFor(() => sandbox.callsOf('setNavigationBarTitle').length > 0, 'the page title')
    expect(sandbox.callsOf('setNavigationBarTitle')[0]).toMatchObject({ title: '老街面馆' })
  })

  it('opens the card from a mini-program code scene with one shop.scan call', async () => {
    const before = sandbox.cloudCalls.length
    const page = sandbox.open('pages/shop/index', { scene: encodeURIComponent(GOOD_CODE) })
    await waitFor(() => findByClass(page.data.root, 'shop-card').length === 1, 'the shop card')
    const calls = sandbox.cloudCalls.slice(before)
    expect(calls.map((c) => `${c.name}.${c.data.action}`)).toEqual(['shop.scan'])
    expect(calls[0].data.data).toEqual({ code: GOOD_CODE })
    expect(findByClass(page.data.root, 'integrity-badge--green')).toHaveLength(1)
  })

  it('refuses an edited code with the forged-code page', async () => {
    const page = sandbox.open('pages/shop/index', { scene: encodeURIComponent(`${GOOD_CODE}x`) })
    await waitFor(() => findByClass(page.data.root, 'forged-code').length === 1, 'the refusal')
    expect(findByClass(page.data.root, 'forged-code__title').map(textOf)).toEqual(['二维码无效'])
    expect(findByClass(page.data.root, 'shop-card')).toHaveLength(0)
  })

  it('says so when the shop does not exist', async () => {
    const page = sandbox.open('pages/shop/index', { id: 'no_such_shop' })
    await waitFor(() => findByClass(page.data.root, 'error-state').length === 1, 'the error state')
    expect(textOf(page.data.root)).toContain('店铺不存在或已停业')
  })
})
