// Choosing a sheet and sending it to an import action (shops, the member roster): the chosen file,
// the server's report with its refused rows, and one error message for the file.
import { useState } from 'react'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { ApiError } from '../../../services/api-error'
import type { CallOptions } from '../../../services/call-function'
import type { ChosenSheet } from './choose-sheet'

type Report = { rows: { ok: boolean }[] }

/** The chosen sheet and its sending, as an import form shows them. */
export type SheetImport = Pick<
  ReturnType<typeof useSheetImport>,
  'sheet' | 'chosen' | 'upload' | 'pending' | 'fileError'
>

/** Choosing a sheet, sending it to `importSheet` and keeping its report. */
export function useSheetImport<R extends Report>(
  importSheet: (sheet: ChosenSheet, options: CallOptions) => Promise<R>,
  /** Called with the report once a sheet is imported (the page's lists may have changed). */
  onImported?: (report: R) => void,
) {
  const [sheet, setSheet] = useState<ChosenSheet>()
  const [report, setReport] = useState<R>()
  const idempotency = useIdempotencyKey()
  const send = useAction(importSheet)

  const chosen = (next: ChosenSheet | ApiError | undefined) => {
    if (next instanceof ApiError) {
      setSheet(undefined)
      return send.setFieldErrors({ file: next.message })
    }
    send.setFieldErrors({})
    setSheet(next)
    setReport(undefined)
    // A different file is a different write.
    idempotency.renew()
  }

  const upload = async () => {
    if (!sheet) return send.setFieldErrors({ file: '请先选择 .xlsx 文件' })
    const result = await send.run(sheet, { idempotencyKey: idempotency.key })
    if (!result) return
    setReport(result)
    onImported?.(result)
  }

  return {
    sheet,
    report,
    chosen,
    upload,
    pending: send.pending,
    refused: (report?.rows.filter((row) => !row.ok) ?? []) as R['rows'],
    // Local checks land on `file`; the server names the InlineFile field it refused.
    fileError: send.fieldErrors.file ?? send.fieldErrors.contentBase64 ?? send.fieldErrors.fileName,
  }
}
