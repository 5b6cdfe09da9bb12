// Cloud storage through the SDK's own calls (uploadFile, getTempFileURL, downloadFile, deleteFile):
// CloudBase storage in production, the local endpoint's bucket offline (local-cloud/bucket.ts), so
// the code under test is the code that ships. Files are named by `cloud://` ids; people reach them
// through temporary URLs only.
import { cloudApp } from '../kernel/database'
import { chunks } from '../kernel/in-parallel'

export type TempUrl = { url: string; expiresAt: Date }

export type Files = {
  /** Stores `bytes` at `cloudPath` (e.g. `exports/2026-12-05/ab12.pdf`); the file's id. */
  put(cloudPath: string, bytes: Buffer): Promise<string>
  /** A URL that serves the file for `maxAgeSeconds`. */
  tempUrl(fileId: string, maxAgeSeconds: number): Promise<TempUrl>
  /** Temporary URLs of many files at once; a file that is gone has none. */
  tempUrls(fileIds: readonly string[], maxAgeSeconds: number): Promise<Map<string, TempUrl>>
  /** The file's bytes. */
  read(fileId: string): Promise<Buffer>
  /** Deletes the files; one already gone is no error. */
  remove(fileIds: readonly string[]): Promise<void>
}

/** The SDK answers some failures as `{ code, message }` instead of throwing. */
type MaybeFailed = { code?: string; message?: string }

function failIf(res: MaybeFailed, what: string): void {
  if (res.code) throw new Error(`${what} failed: ${res.code} ${res.message ?? ''}`.trim())
}

/** getTempFileURL and deleteFile take at most 50 files a call. */
const URLS_PER_CALL = 50

export const cloudFiles: Files = {
  async put(cloudPath, bytes) {
    const res = await cloudApp().uploadFile({ cloudPath, fileContent: bytes })
    failIf(res as MaybeFailed, `upload of ${cloudPath}`)
    return res.fileID
  },

  async tempUrl(fileId, maxAgeSeconds) {
    const url = (await this.tempUrls([fileId], maxAgeSeconds)).get(fileId)
    if (!url) throw new Error(`no such file: ${fileId}`)
    return url
  },

  async tempUrls(fileIds, maxAgeSeconds) {
    const urls = new Map<string, TempUrl>()
    for (const asked of chunks(fileIds, URLS_PER_CALL)) {
      // The expiry is reckoned before asking, so it is never later than the URL's own.
      const expiresAt = new Date(Date.now() + maxAgeSeconds * 1000)
      const res = await cloudApp().getTempFileURL({
        fileList: asked.map((fileID) => ({ fileID, maxAge: maxAgeSeconds })),
      })
      failIf(res as MaybeFailed, 'getTempFileURL')
      for (const file of res.fileList ?? []) {
        if (file.code === 'SUCCESS' && file.tempFileURL) {
          urls.set(file.fileID, { url: file.tempFileURL, expiresAt })
        }
      }
    }
    return urls
  },

  async read(fileId) {
    const res = await cloudApp().downloadFile({ fileID: fileId })
    failIf(res as MaybeFailed, `download of ${fileId}`)
    return res.fileContent as Buffer
  },

  async remove(fileIds) {
    for (const run of chunks(fileIds, URLS_PER_CALL)) {
      const res = await cloudApp().deleteFile({ fileList: run })
      failIf(res as MaybeFailed, 'deleteFile')
      const failed = (res.fileList ?? []).filter(
        (f) => f.code !== 'SUCCESS' && f.code !== 'STORAGE_FILE_NONEXIST',
      )
      if (failed.length > 0) throw new Error(`deleteFile failed: ${JSON.stringify(failed)}`)
    }
  },
}
