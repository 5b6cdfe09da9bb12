// Files the app hands out, read back the way a test checks them: the name the browser suggests and
// where it was saved, or the bytes behind a download link; an Excel sheet as rows of text.
import ExcelJS from 'exceljs'
import type { Locator, Page } from 'playwright-core'

/** Clicks `trigger` and waits for the download it starts. */
export async function downloadFrom(
  page: Page,
  trigger: Locator,
): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()])
  return { name: download.suggestedFilename(), path: (await download.path())! }
}

/** The bytes behind a download link an export action returned (fails unless served). */
export async function fetchDownload(file: { url: string }): Promise<Buffer> {
  const res = await fetch(file.url)
  if (res.status !== 200) throw new Error(`download ${file.url} answered ${res.status}`)
  return Buffer.from(await res.arrayBuffer())
}

/** The first sheet of an Excel file: each non-empty row as its cells' text ('' where empty). */
export async function sheetRows(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  const rows: string[][] = []
  book.worksheets[0].eachRow((row) =>
    rows.push(
      Array.from(row.values as unknown[])
        .slice(1)
        .map((v) => String(v ?? '')),
    ),
  )
  return rows
}
