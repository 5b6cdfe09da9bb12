// Files the app hands the browser, read back the way a test checks them: the name it suggests and
// where it was saved; an Excel sheet as rows of text.
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
