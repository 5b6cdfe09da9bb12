// 数据看板 at 1280 px as the committee sees it: every chart is drawn (its canvas holds pixels, not a
// blank), and the table behind each chart holds the numbers the API answers for the same period.
import fs from 'fs'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { LEDGER_SHEETS, periodLabel, presetPeriod } from '../../types/dashboard'
import { dashboardCharts } from '../../src/admin/charts/dashboard-charts'
import { expectText, openRoute, signInAs } from '../support/browser'
import { browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'

const env = browserStack(DESKTOP)
failOnPageErrors(env)

/** Waits until the chart's canvas has many painted (not transparent) pixels: it is drawn. */
async function expectDrawn(page: Page, name: string): Promise<void> {
  await page.waitForFunction((chart) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-chart="${chart}"] canvas`)
    if (!canvas || !canvas.width) return false
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++
    return painted > 500
  }, name)
}

/** The table under a chart as rows of cell texts. */
async function tableOf(page: Page, name: string): Promise<string[][]> {
  const card = page.locator(`[data-chart="${name}"]`)
  await card.locator('.chart-card__toggle').click()
  const rows = card.locator('.chart-card__row')
  await rows.first().waitFor()
  return rows.evaluateAll((els) =>
    els.map((row) =>
      Array.from(row.querySelectorAll('.chart-card__cell')).map((c) => c.textContent ?? ''),
    ),
  )
}

it('draws every chart and shows the same numbers as the API in its table', async () => {
  const { page } = env.browser
  await signInAs(page, env.stack.url, '王建国')
  await openRoute(page, env.stack.url, 'admin/pages/dashboard/index')
  await page.locator('.dashboard-board .section__title', { hasText: '数据看板' }).waitFor()
  // 本年: the demo district's figures over this year so far.
  await page.locator('.period-preset__item', { hasText: '本年' }).click()
  const year = presetPeriod('year')
  const api = (await env.stack.http('demo-admin', 'dashboard', { action: 'figures', data: year }))
    .body.data
  await expectText(page.locator('.dashboard-board__period'), api.period.label)

  const expected = dashboardCharts(api)
  expect(expected.map((c) => c.name)).toEqual([
    'members',
    'coverage',
    'complaints',
    'integrity',
    'wishes',
    'volunteering',
  ])
  for (const chart of expected) {
    await expectDrawn(page, chart.name)
    const shown = await tableOf(page, chart.name)
    expect(shown).toEqual([chart.table.columns, ...chart.table.rows.map((row) => row.map(String))])
  }
  // The figures are not all zeros: the demo district has members, complaints and hours.
  expect(api.members.verified).toBeGreaterThan(0)
  expect(api.complaints.total).toBeGreaterThan(0)
  expect(api.volunteering.hours).toBeGreaterThan(0)
})

it('exports the picked period as 党建台账 and 月度工作报告', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'admin/pages/dashboard/index')
  await page.locator('.period-preset__item', { hasText: '本年' }).click()
  const year = presetPeriod('year')
  await expectText(page.locator('.dashboard-board__period'), periodLabel(year))

  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.dashboard-board__ledgers').click(),
  ])
  expect(workbook.suggestedFilename()).toMatch(
    new RegExp(`^党建台账-${periodLabel(year)}-\\d{8}\\.xlsx$`),
  )
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile((await workbook.path())!)
  expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(LEDGER_SHEETS))
  const first = book.getWorksheet('汇总')!.getRow(2)
  expect([first.getCell(1).value, first.getCell(2).value]).toEqual(['统计期间', periodLabel(year)])

  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.dashboard-board__report').click(),
  ])
  expect(report.suggestedFilename()).toBe(`月度工作报告-${periodLabel(year)}.pdf`)
  const pdf = fs.readFileSync((await report.path())!)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
})
