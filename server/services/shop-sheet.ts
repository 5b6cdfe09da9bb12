// The committee's shop spreadsheet: one header row in Chinese, one shop per row. Parsed with
// exceljs; each row is checked with the same schema as the create form, and refused rows are
// reported with the field and the reason.
import ExcelJS from 'exceljs'
import { ShopFields } from '../../types/shop'
import type { z } from 'zod'

export const SHEET_COLUMNS = {
  name: '店铺名称',
  category: '类别',
  address: '地址',
  floorUnit: '楼层/铺位',
  licenceNo: '营业执照号',
  contactName: '联系人',
  contactPhone: '联系电话',
} as const

type Field = keyof typeof SHEET_COLUMNS

export type SheetRow =
  | { row: number; ok: true; fields: z.output<typeof ShopFields>; name: string }
  | { row: number; ok: false; name: string; errors: { field: string; message: string }[] }

export class NotASheet extends Error {}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return String(value.result ?? '')
  }
  return String(value)
}

/** Reads the first worksheet; header names may come in any order. */
export async function readShopSheet(content: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer)
  } catch {
    throw new NotASheet('not an xlsx file')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new NotASheet('no worksheet')
  const header = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value).trim(), col))
  const missing = Object.values(SHEET_COLUMNS).filter((title) => !header.has(title))
  if (missing.length) throw new NotASheet(`缺少列：${missing.join('、')}`)

  const rows: SheetRow[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r)
    const raw = Object.fromEntries(
      (Object.entries(SHEET_COLUMNS) as [Field, string][]).map(([field, title]) => [
        field,
        cellText(line.getCell(header.get(title)!).value).trim(),
      ]),
    ) as Record<Field, string>
    if (Object.values(raw).every((v) => !v)) continue
    const parsed = ShopFields.safeParse(raw)
    rows.push(
      parsed.success
        ? { row: r, ok: true, fields: parsed.data, name: raw.name }
        : {
            row: r,
            ok: false,
            name: raw.name,
            errors: parsed.error.issues.map((i) => ({
              field: SHEET_COLUMNS[String(i.path[0]) as Field] ?? String(i.path[0]),
              message: i.message,
            })),
          },
    )
  }
  return rows
}

/** A sheet with the header row and the given shops: the import template, and test fixtures. */
export async function writeShopSheet(shops: Record<Field, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('店铺')
  sheet.addRow(Object.values(SHEET_COLUMNS))
  for (const shop of shops)
    sheet.addRow((Object.keys(SHEET_COLUMNS) as Field[]).map((f) => shop[f]))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
