// What an attacker typed at the gateway: control characters in search words (a database regex
// cannot hold NUL), months that do not exist or lie past year 9999, and text made of invisible
// characters. Each is a 400 naming its field, never a 500, and nothing invisible reaches a card.
import { CONTROL_MESSAGE } from '../../../types/common'
import { createShop, createUser, db, VALID_COMPLAINT } from '../complaints/fixtures'
import { fileStack } from '../../support/stack'

const stack = fileStack()

/** The call's reply must be a 400 whose first issue is on `field`; returns the message. */
async function refusedAt(
  openid: string | null,
  fn: string,
  action: string,
  data: object,
  field: string,
): Promise<string> {
  const reply = await stack.http(openid, fn, { action, data })
  expect({ status: reply.status, code: reply.body.error?.code }).toEqual({
    status: 400,
    code: 'VALIDATION',
  })
  expect(reply.body.error.issues[0].path).toBe(field)
  return reply.body.error.message
}

describe('a control character in a search word', () => {
  const searches: [string | null, string, string, string][] = [
    [null, 'shop', 'list', 'keyword'],
    [null, 'wish', 'list', 'keyword'],
    [null, 'resource', 'list', 'keyword'],
    ['demo-admin', 'shop', 'adminList', 'keyword'],
    ['demo-admin', 'member', 'queue', 'q'],
    ['demo-admin', 'volunteer', 'search', 'keyword'],
  ]
  it.each(searches)('is refused at its field (%s %s.%s)', async (openid, fn, action, field) => {
    for (const word of ['a\u0000b', 'a\u0007', '\u001bx'])
      expect(await refusedAt(openid, fn, action, { [field]: word }, field)).toBe(CONTROL_MESSAGE)
  })

  it('while a zero-width space in it is simply dropped', async () => {
    const reply = await stack.http(null, 'shop', {
      action: 'list',
      data: { keyword: '\u200b' },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.data.total).toBeGreaterThan(0)
  })
})

describe('a month', () => {
  it('past year 2099 is refused where the next month would be year 10000', async () => {
    for (const action of ['list', 'export'])
      expect(await refusedAt('demo-admin', 'audit', action, { to: '9999-12' }, 'to')).toBe(
        '月份须在 2000 年至 2099 年之间',
      )
    expect(
      await refusedAt(
        'demo-admin',
        'dashboard',
        'figures',
        { from: '9999-11', to: '9999-12' },
        'from',
      ),
    ).toBe('月份须在 2000 年至 2099 年之间')
  })

  it('that does not exist is refused, at the field that names it', async () => {
    for (const month of ['2026-13', '2026-00', '2026-99'])
      expect(await refusedAt('demo-admin', 'wish', 'figures', { month }, 'month')).toBe(
        '月份格式应为 YYYY-MM',
      )
    for (const action of ['figures', 'ledger']) {
      await refusedAt('demo-admin', 'activity', action, { from: '2026-00', to: '2026-12' }, 'from')
      await refusedAt('demo-admin', 'activity', action, { from: '2026-01', to: '2026-13' }, 'to')
    }
  })
})

describe('invisible and control characters in text', () => {
  it('do not count towards a complaint description’s 10 characters', async () => {
    const user = await createUser('隐形投诉人')
    const { shopId } = await createShop()
    const data = { ...VALID_COMPLAINT, shopId, description: '\u200b'.repeat(10) }
    expect(await refusedAt(user.openid, 'complaint', 'file', data, 'description')).toBe(
      '请至少用 10 个字描述问题',
    )
  })

  it('are refused in a rating, or dropped from it before the public card shows it', async () => {
    const user = await createUser('反转评价人')
    const { shopId } = await createShop()
    const rate = (text: string) => ({ shopId, stars: 1, text })
    await refusedAt(user.openid, 'rating', 'rate', rate('\u0000\u0001\u202e差评反转'), 'text')

    const reply = await stack.http(user.openid, 'rating', {
      action: 'rate',
      data: rate('\u202e差评\u200b反转'),
    })
    expect(reply.body.data.status).toBe('public')
    const [stored] = (await db().collection('ratings').where({ shopId }).get()).data
    expect(stored.text).toBe('差评反转')
    const card = await stack.http(null, 'shop', { action: 'get', data: { shopId } })
    expect(card.body.data.recentReviews.map((r: { text: string }) => r.text)).toEqual(['差评反转'])
  })

  it('cannot make a blank nickname, and half an emoji is refused', async () => {
    const user = await createUser('原昵称')
    await refusedAt(user.openid, 'user', 'updateProfile', { nickname: '\u200b' }, 'nickname')
    await refusedAt(user.openid, 'user', 'updateProfile', { nickname: '小\ud800' }, 'nickname')
  })
})
