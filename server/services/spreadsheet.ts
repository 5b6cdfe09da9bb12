// Committee spreadsheets (shops, the Party-member roster, the member ledger): one header row in
// Chinese, one record per row, headers in any order. Rows are checked with the same zod schema as
// the matching form, and refused rows are reported with the column and the reason.
import ExcelJS from 'exceljs'
import type { z } from 'zod'

export class NotASheet extends Error {}

export type ParsedRow<T> =
  | { row: number; ok: true; fields: T; name: string }
  | { row: number; ok: false; name: string; errors: { field: string; message: string }[] }

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  // Dates typed into Excel arrive as Date cells (UTC midnight of the day shown).
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return String(value.result ?? '')
  }
  return String(value)
}

/**
 * Reads the first worksheet's rows as `columns` name them and checks each with `schema`;
 * `nameField` names a row in the report. Blank rows are skipped.
 */
export async function readSheet<F extends string, S extends z.ZodType>(
  content: Buffer,
  columns: Record<F, string>,
  schema: S,
  nameField: F,
): Promise<ParsedRow<z.output<S>>[]> {
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
  const missing = Object.values<string>(columns).filter((title) => !header.has(title))
  if (missing.length) throw new NotASheet(`缺少列：${missing.join('、')}`)

  const rows: ParsedRow<z.output<S>>[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r)
    const raw = Object.fromEntries(
      (Object.entries(columns) as [F, string][]).map(([field, title]) => [
        field,
        cellText(line.getCell(header.get(title)!).value).trim(),
      ]),
    ) as Record<F, string>
    if (Object.values<string>(raw).every((v) => !v)) continue
    const parsed = schema.safeParse(raw)
    rows.push(
      parsed.success
        ? { row: r, ok: true, fields: parsed.data, name: raw[nameField] }
        : {
            row: r,
            ok: false,
            name: raw[nameField],
            errors: parsed.error.issues.map((i) => ({
              field: columns[String(i.path[0]) as F] ?? String(i.path[0]),
              message: i.message,
            })),
          },
    )
  }
  return rows
}

/** One worksheet: its name, its header row from `columns`, then one row per record. */
export type SheetSpec = {
  name: string
  columns: Record<string, string>
  records: Record<string, string | number>[]
}

/** A workbook of these sheets, in order, each with a bold header row. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const { name, columns, records } of sheets) {
    const sheet = workbook.addWorksheet(name)
    const fields = Object.keys(columns)
    sheet.addRow(fields.map((f) => columns[f]))
    for (const record of records) sheet.addRow(fields.map((f) => record[f]))
    sheet.getRow(1).font = { bold: true }
    sheet.columns.forEach((column) => (column.width = 16))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A workbook with one sheet: the header row from `columns`, then one row per record. */
export function writeSheet<F extends string>(
  name: string,
  columns: Record<F, string>,
  records: Record<F, string | number>[],
): Promise<Buffer> {
  return writeWorkbook([{ name, columns, records }])
}
