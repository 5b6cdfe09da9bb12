// Generated files leave the server as links, not as base64 in the reply: the file goes to cloud
// storage under exports/, the reply carries a temporary URL, and the housekeeping sweep deletes
// the file a day later.
import crypto from 'node:crypto'
import type { Ctx } from '../kernel/context'
import { expiredExports, recordExport, removeExportRecords } from '../repositories/exports'
import { shanghaiDay } from '../../types/shanghai-time'
import type { DownloadFile } from '../../types/common'

/** How long a download link works: long enough to fetch it, short enough not to be shared on. */
export const DOWNLOAD_URL_SECONDS = 60 * 60
/** How long an exported file is kept before the sweep deletes it. */
export const EXPORT_KEEP_MS = 24 * 60 * 60 * 1000

/** Stores a generated file under exports/ and returns its download link. */
export async function handOutFile(
  ctx: Ctx,
  fileName: string,
  bytes: Buffer,
): Promise<DownloadFile> {
  const now = ctx.now()
  const id = crypto.randomBytes(12).toString('hex')
  const ext = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase() ?? 'bin'
  // ASCII path (the download name travels in `fileName`); the random part keeps it unguessable.
  const fileId = await ctx.services.files.put(`exports/${shanghaiDay(now)}/${id}.${ext}`, bytes)
  await recordExport(ctx.db, {
    _id: id,
    fileId,
    fileName,
    createdAt: now,
    expiresAt: new Date(now.getTime() + EXPORT_KEEP_MS),
  })
  const { url, expiresAt } = await ctx.services.files.tempUrl(fileId, DOWNLOAD_URL_SECONDS)
  return { fileName, url, expiresAt: expiresAt.toISOString() }
}

/** Deletes exports whose time has come, files first, at most `limit` per run; how many went. */
export async function sweepExports(ctx: Ctx, limit = 500): Promise<number> {
  const due = await expiredExports(ctx.db, ctx.now(), limit)
  if (due.length === 0) return 0
  await ctx.services.files.remove(due.map((d) => d.fileId))
  return removeExportRecords(
    ctx.db,
    due.map((d) => d._id),
  )
}
