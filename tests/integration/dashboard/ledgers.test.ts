// 党建台账 and 月度工作报告: the workbook's sheets hold the records the dashboard counts, its 汇总
// says the dashboard's own numbers, and the report is a PDF of several pages. Only the committee
// may export them, and each export is in the audit log.
import ExcelJS from 'exceljs'
import { fetchDownload } from '../../support/downloads'
import { LEDGER_SHEETS, presetPeriod, monthsBetween, periodLabel } from '../../../types/dashboard'
import { shanghaiMonth } from '../../../types/shanghai-time'
import { dumpDatabase, expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()
const year = presetPeriod('year')

type Doc = Record<string, any>
const at = (d: unknown) => new Date((d as { $date?: string })?.$date ?? (d as string))

async function dashboard(action: string, data: object) {
  const res = await stack.http('demo-admin', 'dashboard', { action, data })
  expect(res.status).toBe(200)
  return res.body.data
}

async function workbookRows(file: { url: string }): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await fetchDownload(file)) as unknown as ArrayBuffer)
  const sheets = new Map<string, string[][]>()
  for (const sheet of book.worksheets) {
    const rows: string[][] = []
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    )
    sheets.set(sheet.name, rows)
  }
  return sheets
}

it('holds a sheet per ledger, with the records the dashboard counts', async () => {
  const file = await dashboard('ledgers', year)
  expect(file.fileName).toMatch(new RegExp(`^党建台账-${periodLabel(year)}-\\d{8}\\.xlsx$`))
  const sheets = await workbookRows(file)
  expect([...sheets.keys()]).toEqual(Object.values(LEDGER_SHEETS))

  const db = dumpDatabase(stack) as Record<string, Doc[]>
  const months = new Set(monthsBetween(year.from, year.to))
  const inPeriod = (d: unknown) => d != null && months.has(shanghaiMonth(at(d)))
  const records = (name: string) => sheets.get(name)!.slice(1)

  expect(records('店铺与诚信')).toHaveLength(db.shops.length)
  const verified = db.members.filter((m) => m.status === 'verified')
  expect(records('党员台账')).toHaveLength(verified.length)
  const filed = db.complaints.filter((c) => inPeriod(c.createdAt))
  expect(
    records('投诉台账')
      .map((r) => r[0])
      .sort(),
  ).toEqual(filed.map((c) => c._id).sort())
  const wishes = (db.wishes ?? []).filter((w) => months.has(w.submittedMonth))
  expect(records('心愿台账')).toHaveLength(wishes.length)
  const service = (db.service_records ?? []).filter((r) => months.has(r.month))
  expect(records('志愿服务台账')).toHaveLength(service.length)
  expect(service.length).toBeGreaterThan(0)

  // 汇总 is the dashboard's figures, and the ledgers' own rows add up to them.
  const f = await dashboard('figures', year)
  const summary = new Map(records('汇总').map(([item, value]) => [item, value]))
  expect(summary.get('统计期间')).toBe(f.period.label)
  expect(summary.get('新认证党员（名）')).toBe(String(f.members.verified))
  expect(summary.get('收到投诉（件）')).toBe(String(f.complaints.total))
  expect(summary.get('超期投诉（件）')).toBe(String(f.complaints.overdue))
  expect(summary.get('心愿提交（个）')).toBe(String(f.wishes.submitted))
  expect(summary.get('志愿服务时长（小时）')).toBe(String(f.volunteering.hours))
  expect(summary.get('党的工作覆盖率')).toBe(`${f.coverage.rate}%`)
  expect(records('投诉台账')).toHaveLength(f.complaints.total)
  const overdueColumn = sheets.get('投诉台账')![0].indexOf('是否超期')
  expect(records('投诉台账').filter((r) => r[overdueColumn] === '是')).toHaveLength(
    f.complaints.overdue,
  )
  expect(records('心愿台账')).toHaveLength(f.wishes.submitted)
  const hoursColumn = sheets.get('志愿服务台账')![0].indexOf('服务时长（小时）')
  const hours = records('志愿服务台账').reduce((sum, r) => sum + Number(r[hoursColumn]), 0)
  expect(hours).toBeCloseTo(f.volunteering.hours)
  expect(records('支部覆盖率').map((r) => r[0])).toEqual(
    f.coverage.branches.map((b: { name: string }) => b.name),
  )
  expectEveryQueryIndexed(stack)
})

it('writes the monthly report as a PDF of summary, figures and charts', async () => {
  const file = await dashboard('report', presetPeriod('month'))
  expect(file.fileName).toBe(`月度工作报告-${periodLabel(presetPeriod('month'))}.pdf`)
  const pdf = await fetchDownload(file)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(2)
  expectEveryQueryIndexed(stack)
})

it('records each export in the audit log', async () => {
  const before = await stack.http('demo-admin', 'audit', {
    action: 'list',
    data: { kind: 'export' },
  })
  await dashboard('ledgers', year)
  await dashboard('report', year)
  const after = await stack.http('demo-admin', 'audit', {
    action: 'list',
    data: { kind: 'export' },
  })
  expect(after.body.data.total).toBe(before.body.data.total + 2)
})
