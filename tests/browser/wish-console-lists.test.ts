// The committee's other console work at 1280 px: a 代录 wish for a resident without a phone,
// approved and, once fulfilled, confirmed by the committee on her behalf; the
// resource review queue (不通过 needs a reason; 通过 publishes an offer, shown with this month's
// use); a new project with a wish attached and detached, its progress counting them.
import type { Page } from 'playwright-core'
import { expectCount, expectFieldError, expectText, openRoute, signInAs } from '../support/browser'
import { browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'
import { wishFact, wishStatus } from '../support/wish-detail'

const env = browserStack(DESKTOP)
failOnPageErrors(env)
beforeAll(async () => {
  await signInAs(env.browser.page, env.stack.url, '王建国')
})

async function fill(page: Page, selector: string, value: string) {
  await page.locator(`${selector} input, ${selector} textarea`).first().fill(value)
}

it('enters a wish on behalf of a resident without a phone (代录)', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'admin/pages/wishes/index')
  await page.locator('.admin-wishes__proxy').click()
  const form = page.locator('.wish-proxy-panel')
  await fill(page, '.wish-proxy-form__name', '李奶奶')
  await form.locator('.wish-proxy-form__submit').click()
  await expectFieldError(form, 'onBehalf.source', '请注明来源，如“社区走访”')
  await fill(page, '.wish-proxy-form__source', '社区走访')
  await fill(page, '.wish-proxy-form__title', '想请人陪着去趟医院')
  await fill(
    page,
    '.wish-proxy-form__description',
    '李奶奶独居，下周要去医院复查眼睛，希望有人陪同。',
  )
  await form.locator('.wish-proxy-category__item[data-value="companionship"]').click()
  await fill(page, '.wish-proxy-form__area', '红星社区五号楼')
  await form.locator('.wish-proxy-form__submit').click()
  await page.waitForURL(/admin\/pages\/wish\/index/)
  await expectText(wishFact(page, 'on-behalf'), '李奶奶（社区走访）')
  await expectText(wishStatus(page), '待审核')
  await expectCount(page.locator('.wish-detail__phone'), 0)
  await page.locator('.review-form__submit').click()
  await expectText(wishStatus(page), '待认领')

  // A member takes it on and fulfils it; the committee confirms for 李奶奶, who has no phone.
  const wishId = new URL(page.url().replace('#/', '')).searchParams.get('id')!
  for (const [action, data] of [
    ['claim', { wishId }],
    ['fulfil', { wishId, note: '已陪李奶奶去医院复查，结果正常', photos: [] }],
  ] as const) {
    const res = await env.stack.http('demo-member', 'wish', { action, data })
    expect(res.body).toMatchObject({ ok: true })
  }
  await page.reload()
  const confirm = page.locator('.proxy-confirm-form')
  await expectText(confirm.locator('.action-form__title'), '代李奶奶确认')
  await fill(page, '.proxy-confirm-form__thanks', '谢谢你陪我去医院')
  await confirm.locator('.proxy-confirm-form__submit').click()
  await expectText(wishStatus(page), '已实现')
  await expectText(page.locator('.wish-detail__thanks'), '“谢谢你陪我去医院”')
})

it('reviews resources: 不通过 needs a reason, 通过 publishes the offer', async () => {
  const { page } = env.browser
  const published = await env.stack.http('demo-member', 'resource', {
    action: 'publish',
    data: {
      as: { kind: 'member' },
      title: '周末免费修理小家电',
      category: 'living',
      description: '每周六上午在社区广场免费修理电饭煲、电风扇等小家电。',
      areas: [],
      capacityPerMonth: 6,
      conditions: '',
      validUntil: '2099-12-31',
    },
    idempotencyKey: 'wish-console-lists-resource',
  })
  expect(published.body).toMatchObject({ ok: true })
  const offered = published.body.data.resourceId

  await openRoute(page, env.stack.url, 'admin/pages/resources/index')
  const tutoring = page.locator('.resource-row[data-resource-id="demo-resource-5"]')
  await expectText(tutoring.locator('.resource-row__title'), '中小学生作业辅导')
  await tutoring.locator('.resource-review__reject').click()
  const panel = page.locator('.resource-reject-panel')
  await panel.locator('.resource-reject-form__submit').click()
  await expectFieldError(panel, 'reason', '请填写不通过的原因')
  await fill(page, '.resource-reject-form__reason', '请写明辅导的具体时间和地点')
  await panel.locator('.resource-reject-form__submit').click()
  await expectCount(tutoring, 0)

  const offer = page.locator(`.resource-row[data-resource-id="${offered}"]`)
  await offer.locator('.resource-review__approve').click()
  await expectCount(offer, 0)
  await page.locator('.resource-status-filter__item', { hasText: '已发布' }).click()
  await expectText(offer.locator('.resource-row__month'), '本月已用 0 / 6')
  await page.locator('.resource-status-filter__item', { hasText: '未通过' }).click()
  await expectText(tutoring.locator('.resource-row__note'), '未通过：请写明辅导的具体时间和地点')
})

/**
 * Attaches wish or resource `id` to the open project through its picker: it is listed with its
 * `title`, and the project's figure for its kind reads `count`.
 */
async function attach(
  page: Page,
  kind: 'wish' | 'resource',
  id: string,
  title: string,
  count: string,
) {
  const kinds = kind === 'wish' ? 'wishes' : 'resources'
  await page.locator(`.admin-project__attach-${kinds}`).click()
  await page.locator(`.project-attach-choice__item[data-value="${id}"]`).click()
  await page.locator('.project-attach__submit').click()
  await expectText(
    page.locator(`.project-${kind}[data-${kind}-id="${id}"] .project-${kind}__title`),
    title,
  )
  await expectText(page.locator(`.figure-tile--${kinds} .figure-tile__value`), count)
}

it('creates a project, attaches a wish and a resource, and detaches the wish', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'admin/pages/projects/index')
  await page.locator('.admin-projects__create').click()
  await fill(page, '.project-form__name', '冬日暖心')
  await fill(page, '.project-form__goal', '为商圈周边独居老人送温暖、解难事')
  await page.locator('.project-form__submit').click()
  await page.waitForURL(/admin\/pages\/project\/index/)
  await expectText(page.locator('.admin-project__name'), '冬日暖心')
  await expectText(page.locator('.figure-tile--wishes .figure-tile__value'), '0')

  // demo-wish-5: 咨询老房子继承的手续, open on the wall and in no project.
  await attach(page, 'wish', 'demo-wish-5', '咨询老房子继承的手续', '1')
  await attach(page, 'resource', 'demo-resource-3', '周末陪伴独居老人', '1')

  await page.locator('.project-wish[data-wish-id="demo-wish-5"] .project-wish__detach').click()
  await expectCount(page.locator('.project-wish'), 0)
  await expectText(page.locator('.figure-tile--wishes .figure-tile__value'), '0')

  await openRoute(page, env.stack.url, 'admin/pages/projects/index')
  await expectText(
    page.locator('.project-row', { hasText: '冬日暖心' }).locator('.project-row__name'),
    '冬日暖心',
  )
})
