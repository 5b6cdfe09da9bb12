// Smoke test of the built mini-program: the real dist/weapp bundle runs in a Node sandbox with a fake
// `wx` whose cloud functions answer from canned envelopes. Build first (`npm run build:weapp`).
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import type { Envelope } from '../../types/envelope'
import {
  MiniSandbox,
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
    { shopId: 'shop_1', name: '老街面馆', category: '餐饮', floorUnit: '1F-101' },
    { shopId: 'shop_2', name: '红星书店', category: '其他', floorUnit: '2F-203' },
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
  ...SHOPS.list[0],
  address: '滨江路 88 号',
  description: '三十年老字号',
  hours: '07:00-21:00',
  status: 'open',
}

function respond(call: CloudCall): unknown {
  const key = `${call.name}.${call.data.action}`
  if (key === 'shop.get') {
    const { shopId } = call.data.data as { shopId: string }
    return shopId === SHOP_CARD.shopId
      ? { ok: true, data: SHOP_CARD }
      : { ok: false, error: { code: 'NOT_FOUND', message: '店铺不存在' } }
  }
  return (
    CANNED[key] ?? {
      ok: false,
      error: { code: 'NOT_FOUND', message: `no canned reply for ${key}` },
    }
  )
}

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
    await waitFor(() => sandbox.callsOf('setNavigationBarTitle').length > 0, 'the page title')
    expect(sandbox.callsOf('setNavigationBarTitle')[0]).toMatchObject({ title: '老街面馆' })
  })

  it('says so when the shop does not exist', async () => {
    const page = sandbox.open('pages/shop/index', { id: 'no_such_shop' })
    await waitFor(() => findByClass(page.data.root, 'error-state').length === 1, 'the error state')
    expect(textOf(page.data.root)).toContain('店铺不存在或已停业')
  })
})
