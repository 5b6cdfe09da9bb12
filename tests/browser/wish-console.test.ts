// The committee's 微心愿 console at 1280 px, signed in as 王建国 (admin): a pending wish approved
// from the review queue; the dispatch board showing it with a suggested resource; dispatched to
// 美食街党支部 with that resource and a deadline; the secretary (李红梅) accepting on the wish's
// own page; the deadline passing (moved back through the database, then the timer run as the
// admin); the wish back on the wall and flagged on the 逾期 tab. Then the figures page: this
// month's counts, the 认领榜 and the 心愿台账 download.
import type { Page } from 'playwright-core'
import { db } from '../integration/complaints/fixtures'
import {
  expectCount,
  expectText,
  openAs,
  openConsoleArea,
  openRoute,
  openCase,
} from '../support/browser'
import { apiCaller, browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'
import { downloadFrom, sheetRows } from '../support/downloads'
import { wishFact, wishStatus } from '../support/wish-detail'

const env = browserStack(DESKTOP)
failOnPageErrors(env)

const api = apiCaller(env, 'wish-console')
const call = (openid: string, action: string, data: object) => api(openid, 'wish', action, data)

/** A wish at 红星饺子馆 (shop-002, covered by 美食街党支部), as the shopper submits it. */
async function submitWish(openid: string, title: string, category = 'legal'): Promise<string> {
  const { wishId } = await call(openid, 'submit', {
    title,
    description: '店里和房东的租赁合同快到期了，想请懂法律的人帮忙看看续签条款。',
    category,
    place: { kind: 'shop', shopId: 'shop-002' },
    contact: '13955550188',
  })
  return wishId
}

const KIND_LABELS: Record<string, string> = { member: '党员', merchant: '商户', branch: '党组织' }
const holderText = (holder: { kind: string; name: string }) =>
  `${KIND_LABELS[holder.kind]} · ${holder.name}`

function queueRow(page: Page, wishId: string) {
  return page.locator(`.wish-row[data-wish-id="${wishId}"]`)
}

async function openTab(page: Page, label: string) {
  await page.locator('.wish-view__item', { hasText: label }).click()
}

it('approves, dispatches with a suggested resource, and flags the wish overdue when the deadline passes', async () => {
  const { page } = env.browser
  const title = '续签租赁合同求法律帮助'
  const wishId = await submitWish('demo-shopper', title)

  await openAs(page, env.stack.url, '王建国', 'admin/pages/wishes/index')
  const pending = queueRow(page, wishId)
  await expectText(pending.locator('.wish-row__title'), title)
  await expectText(pending.locator('.wish-status'), '待审核')
  await openCase(page, pending, /admin\/pages\/wish\/index/)
  // The committee sees the contact in full.
  await expectText(page.locator('.wish-detail__phone'), '13955550188')
  await page.locator('.review-decision__item[data-value="approve"]').click()
  await page.locator('.review-form__submit').click()
  await expectText(wishStatus(page), '待认领')

  // The dispatch board: the open wish with the branch's legal advice suggested.
  await openRoute(page, env.stack.url, 'admin/pages/wishes/index')
  await openTab(page, '派单看板')
  const open = queueRow(page, wishId)
  await expectText(
    open.locator('.wish-suggestion[data-resource-id="demo-resource-2"] .wish-suggestion__title'),
    '党员律师免费法律咨询',
  )
  await openCase(page, open, /admin\/pages\/wish\/index/)
  const dispatch = page.locator('.dispatch-form')
  await dispatch.locator('.wish-suggestion[data-resource-id="demo-resource-2"]').click()
  await expectText(dispatch.locator('.dispatch-form__chosen'), '派给：党组织 · 美食街党支部')
  await dispatch.locator('.dispatch-deadline__shortcut', { hasText: '3 天' }).click()
  await dispatch.locator('.dispatch-form__note textarea').fill('请支部律师与店主约时间面谈')
  await dispatch.locator('.dispatch-form__submit').click()
  await expectText(wishStatus(page), '已派单')
  await expectText(wishFact(page, 'holder'), '党组织 · 美食街党支部')
  await expectText(wishFact(page, 'resource'), '党员律师免费法律咨询')

  // The secretary accepts on the wish's own page (the wish-app detail page).
  await openAs(page, env.stack.url, '李红梅', `wish/pages/detail/index?id=${wishId}`)
  await page.locator('.respond-form__submit').click()
  await expectText(wishStatus(page), '已认领')

  // The deadline passes: moved back through the database, then the timer runs.
  await db()
    .collection('wishes')
    .doc(wishId)
    .update({ deadline: new Date(Date.now() - 3600 * 1000) })
  const sweep = await call('demo-admin', 'sweep', {})
  expect(sweep.claimsOverdue).toBe(1)

  await openAs(page, env.stack.url, '王建国', 'admin/pages/wishes/index')
  await openTab(page, '逾期')
  const overdue = queueRow(page, wishId)
  await expectText(overdue.locator('.wish-row__overdue'), '逾期')
  await expectText(overdue.locator('.wish-status'), '待认领已逾期')
  await expectText(overdue.locator('.wish-row__holder .console-table__muted'), '无人认领')
  // Back on the wall for anyone to claim.
  const wall = await call('demo-shopper', 'list', { status: 'open' })
  expect(wall.list.map((w: { wishId: string }) => w.wishId)).toContain(wishId)
  await openCase(page, overdue, /admin\/pages\/wish\/index/)
  await expectText(wishStatus(page), '待认领已逾期')
  await expectCount(page.locator('.dispatch-form'), 1)
})

it('shows the month’s figures and the 认领榜, and downloads the 心愿台账', async () => {
  const { page } = env.browser
  // One wish all the way: the merchant wishes, the member claims, fulfils, the merchant confirms.
  const title = '想给店里老人送一份热饭'
  const wishId = await submitWish('demo-merchant', title, 'material')
  await call('demo-admin', 'review', { wishId, decision: 'approve' })
  await call('demo-member', 'claim', { wishId })
  await call('demo-member', 'fulfil', { wishId, note: '已送去热饭和水果，老人很高兴', photos: [] })
  await call('demo-merchant', 'confirm', { wishId, done: true, rating: 5, thanks: '谢谢党员' })
  const figures = await call('demo-admin', 'figures', {})
  const board = await call('demo-admin', 'board', {})
  expect(figures.fulfilled).toBeGreaterThanOrEqual(1)
  expect(board.list.length).toBeGreaterThanOrEqual(1)

  await openConsoleArea(page, env.stack.url, '王建国', 'wish-figures')
  for (const key of ['submitted', 'claimed', 'fulfilled', 'overdue'] as const) {
    await expectText(page.locator(`.figure-tile--${key} .figure-tile__value`), String(figures[key]))
  }
  await expectText(
    page.locator('.board-row[data-rank="1"] .board-row__name'),
    `${{ member: '党员', merchant: '商户', branch: '党组织' }[board.list[0].holder.kind as string]} · ${board.list[0].holder.name}`,
  )
  await expectText(
    page.locator('.board-row[data-rank="1"] .board-row__fulfilled'),
    `实现 ${board.list[0].fulfilled} 个`,
  )
  const top = figures.byHolder[0]
  await expectText(page.locator('.holder-row .holder-row__name'), holderText(top.holder))
  await expectText(page.locator('.holder-row .holder-row__fulfilled'), `实现 ${top.fulfilled}`)

  const ledger = await downloadFrom(page, page.locator('.wish-figures__ledger'))
  expect(ledger.name).toMatch(/^心愿台账-\d{8}\.xlsx$/)
  expect((await sheetRows(ledger.path)).flat()).toContain(title)
})

it('at a desk opens a wish beside the queue, and the queue follows the decision made there', async () => {
  const { page } = env.browser
  const title = '想请人教老人用智能手机'
  // Another resident: the shopper already has the most open wishes one may have.
  const wishId = await submitWish('wish-console-desk-resident', title, 'companionship')

  await openAs(page, env.stack.url, '王建国', 'admin/pages/wishes/index')
  await expectText(
    page.locator('.desk-split__detail .empty-state__text'),
    '点选左侧一项，在此查看和办理',
  )
  const row = queueRow(page, wishId)
  await openCase(page, row, /admin\/pages\/wish\/index/)
  expect(await row.getAttribute('class')).toContain('console-row--selected')
  const panel = page.locator('.desk-split__detail')
  await expectText(panel.locator('.wish-detail__title'), title)

  await panel.locator('.review-decision__item[data-value="approve"]').click()
  await panel.locator('.review-form__submit').click()
  await expectText(wishStatus(panel), '待认领')
  // Approved, it has left the 待审核 tab, while the panel keeps it in view.
  await expectCount(queueRow(page, wishId), 0)

  await panel.locator('.desk-split__close').click()
  await expectText(panel.locator('.empty-state__text'), '点选左侧一项，在此查看和办理')
})
