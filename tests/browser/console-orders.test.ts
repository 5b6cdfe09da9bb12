// At a desk the console's tables sort by their column titles: 诚信 orders the shops by score, low
// first then high, and the title says which order is in use.
import { expectText } from '../support/browser'
import { browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'

const env = browserStack(DESKTOP)
failOnPageErrors(env)

async function scores(): Promise<number[]> {
  const { page } = env.browser
  // The list reloads in the new order once the title is tapped.
  await page.waitForLoadState('networkidle')
  await page.locator('.admin-shop__score').first().waitFor()
  return (await page.locator('.admin-shop__score').allTextContents()).map((t) => parseInt(t, 10))
}

it('sorts the shops by integrity score from the column title, each way', async () => {
  const page = await env.pageAs('王建国', 'admin/pages/shops/index')
  const title = page.locator('.console-table__row--head .admin-shop__integrity')
  await title.click()
  await expectText(title.locator('.table-head__order'), '积分从低到高')
  const low = await scores()
  expect(low).toEqual([...low].sort((a, b) => a - b))
  expect(new Set(low).size).toBeGreaterThan(1)

  await title.click()
  await expectText(title.locator('.table-head__order'), '积分从高到低')
  await page.waitForFunction(
    // The list reloads after the click: no row for a moment is "not changed yet", not an error.
    (first) => {
      const cell = document.querySelector('.admin-shop__score')
      return !!cell && parseInt(cell.textContent ?? '', 10) !== first
    },
    low[0],
  )
  const high = await scores()
  expect(high).toEqual([...high].sort((a, b) => b - a))
})

it('lists complaints oldest first from the column title, and back', async () => {
  const page = await env.pageAs('王建国', 'admin/pages/complaints/index')
  const filedAt = async () => {
    await page.waitForLoadState('networkidle')
    return page.locator('.queue-row .console-table__muted').allTextContents()
  }
  const newest = await filedAt()
  const title = page.locator('.console-table__row--head .queue-row__main')
  await expectText(title.locator('.table-head__order'), '最新在前')
  await title.click()
  await expectText(title.locator('.table-head__order'), '最早在前')
  await page.waitForFunction((first) => {
    const cell = document.querySelector('.queue-row .console-table__muted')
    return !!cell && cell.textContent !== first
  }, newest[0])
  const oldest = await filedAt()
  expect(oldest.length).toBe(newest.length)
  expect(oldest[0]).toBe(newest.at(-1))
})
