// The committee builds its organisation tree in the console: a new branch, a secretary appointed.
import { expectCount, expectFieldError, expectText, openConsoleArea } from '../support/browser'
import { browserStack, DESKTOP } from '../support/browser-stack'

const env = browserStack(DESKTOP)

it('adds a branch under the district committee and appoints its secretary', async () => {
  const { page } = env.browser
  await openConsoleArea(page, env.stack.url, '王建国', 'orgs')
  await expectCount(page.locator('.org-tree__node'), 6)

  const district = page.locator('.org-tree__node[data-org-id="org-district"]')
  await district.locator('.org-tree__add-child').click()
  await page.locator('.child-org-panel__submit').click()
  await expectFieldError(page.locator('.child-org-panel'), 'name', '组织名称至少 2 个字')
  await page.locator('.child-org-panel__name input').fill('服装城党支部')
  await page.locator('.org-level-choice__item[data-value="branch"]').click()
  await page.locator('.child-org-panel__submit').click()
  await expectFieldError(
    page.locator('.child-org-panel'),
    'kind',
    '请选择组建方式（单独建、联合建、挂靠建）',
  )
  await page.locator('.org-kind-choice__item[data-value="联合建"]').click()
  await page.locator('.child-org-panel__submit').click()
  await expectCount(page.locator('.org-tree__node'), 7)
  const created = page.locator('.org-tree__node', { hasText: '服装城党支部' })
  await expectText(
    created.locator('.org-tree__meta'),
    '党支部 · 联合建 · 书记：未任命 · 覆盖店铺 0 家',
  )

  await created.locator('.org-tree__secretary').click()
  await page.locator('.secretary-panel__member', { hasText: '孙丽' }).click()
  await expectText(
    created.locator('.org-tree__meta'),
    '党支部 · 联合建 · 书记：孙丽 · 覆盖店铺 0 家',
  )
  const me = await env.stack.http('demo-member-03', 'user', { action: 'me' })
  expect(me.body.data.roles).toContain('secretary')
})

it('links a shop to a branch, which takes it from the branch that covered it', async () => {
  const page = await env.pageAs('王建国', 'admin/pages/orgs/index')
  const digital = page.locator('.org-tree__node[data-org-id="org-digital"]')
  await expectText(
    digital.locator('.org-tree__meta'),
    '党支部 · 挂靠建 · 书记：未任命 · 覆盖店铺 3 家',
  )
  await digital.locator('.org-tree__shops').click()
  await expectText(page.locator('.shops-panel__count'), '已选 3 家')
  await page.locator('.shops-panel__query input').fill('糖水')
  await page.locator('.shops-panel__search').click()
  await page.locator('.shops-panel__shop__item', { hasText: '阿婆糖水铺' }).click()
  await expectText(page.locator('.shops-panel__count'), '已选 4 家')
  await page.locator('.shops-panel__save').click()
  await expectText(
    digital.locator('.org-tree__meta'),
    '党支部 · 挂靠建 · 书记：未任命 · 覆盖店铺 4 家',
  )
  const food = page.locator('.org-tree__node[data-org-id="org-food-street"]')
  await expectText(
    food.locator('.org-tree__meta'),
    '党支部 · 联合建 · 书记：李红梅 · 覆盖店铺 5 家',
  )
})
