// A branch secretary (李红梅, 美食街党支部) in the console on a phone (375 px): she sees only what she
// may do — her branch's wishes to review, no dispatch, figures, resources or ledger — reviews one,
// and a wish of another branch is refused with a plain message.
import {
  expectCount,
  expectFieldError,
  expectText,
  openConsole,
  openRoute,
  openCase,
} from '../support/browser'
import { browserStack } from '../support/browser-stack'
import { wishStatus } from '../support/wish-detail'

const env = browserStack({ width: 375, height: 812 })

let serial = 0
async function submitWish(openid: string, shopId: string, title: string): Promise<string> {
  const res = await env.stack.http(openid, 'wish', {
    action: 'submit',
    data: {
      title,
      description: '家里老人想学用手机和子女视频，希望有人耐心教一教。',
      category: 'companionship',
      place: { kind: 'shop', shopId },
      contact: '13955550199',
    },
    idempotencyKey: `wish-console-secretary-${++serial}`,
  })
  expect(res.body).toMatchObject({ ok: true })
  return res.body.data.wishId
}

it('lets the secretary review only her branch’s wishes and offers nothing else', async () => {
  const { page } = env.browser
  // shop-002 is covered by 美食街党支部 (hers); shop-011 by 百货大楼联合党支部.
  const mine = await submitWish('demo-shopper', 'shop-002', '想学用手机视频通话')
  const other = await submitWish('demo-merchant', 'shop-011', '想学用手机挂号看病')

  await openConsole(page, env.stack.url, '李红梅')
  await page.locator('.console-nav__card--wishes').waitFor()
  // Her card promises what she can do there, not the committee's dispatch board.
  await expectText(
    page.locator('.console-nav__card--wishes .console-nav__description'),
    '审核本支部所辖的心愿',
  )
  for (const name of ['wish-figures', 'wish-resources', 'wish-projects', 'shops', 'complaints']) {
    await expectCount(page.locator(`.console-nav__card--${name}`), 0)
  }
  await page.locator('.console-nav__card--wishes').click()
  await page.waitForURL(/admin\/pages\/wishes\/index/)

  await expectText(page.locator('.console-toolbar__title'), '心愿审核')
  await expectCount(page.locator('.wish-view__item'), 2)
  await expectCount(page.locator('.wish-view__item', { hasText: '派单看板' }), 0)
  for (const link of ['figures', 'resources', 'projects', 'proxy']) {
    await expectCount(page.locator(`.admin-wishes__${link}`), 0)
  }
  await expectCount(page.locator('.wish-row'), 1)
  const row = page.locator(`.wish-row[data-wish-id="${mine}"]`)
  await expectText(row.locator('.wish-row__title'), '想学用手机视频通话')
  await openCase(page, row, /admin\/pages\/wish\/index/)

  // Review only: no dispatch; the contact is not hers to see.
  await page.locator('.review-form').waitFor()
  await expectCount(page.locator('.dispatch-form'), 0)
  await expectCount(page.locator('.wish-detail__phone'), 0)
  await page.locator('.review-decision__item[data-value="revise"]').click()
  await page.locator('.review-form__submit').click()
  await expectFieldError(page, 'reason', '请填写原因，心愿人会看到')
  await page.locator('.review-form__reason textarea').fill('请写明方便的时间段')
  await page.locator('.review-form__submit').click()
  await expectText(wishStatus(page), '待修改')
  await expectCount(page.locator('.review-form'), 0)

  // Another branch's wish: refused, said plainly.
  await openRoute(page, env.stack.url, `admin/pages/wish/index?id=${other}`)
  await expectText(
    page.locator('.error-state__message'),
    '找不到这个心愿，或它不属于您所辖的党支部，您无权查看和审核',
  )
  await expectCount(page.locator('.review-form'), 0)
  const refused = await env.stack.http('demo-secretary', 'wish', {
    action: 'review',
    data: { wishId: other, decision: 'approve' },
  })
  expect(refused.status).toBe(403)
  expect(refused.body.error.message).toBe('只能审核本支部所辖的心愿')
})
