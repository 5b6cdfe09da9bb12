// Where a stored photo can be seen. The mini-program's <Image> shows a cloud:// file id as it is;
// a browser cannot, so on h5 photos are shown through temporary URLs from `user.photoUrls`,
// remembered until shortly before they expire and asked for once however many images want them.
import { PHOTO_URLS_PER_CALL } from '../../types/plain/photos'
import { api } from './call-function'

/** A URL this close to its expiry is asked for again rather than shown. */
const RENEW_BEFORE_MS = 5 * 60 * 1000

const known = new Map<string, { url: string; expiresAt: number }>()
const asking = new Map<string, Promise<void>>()

/** The URL to show for a file id now, if one is known (on weapp, the id itself). */
export function knownPhotoUrl(fileId: string): string | undefined {
  if (process.env.TARO_ENV === 'weapp') return fileId
  const entry = known.get(fileId)
  return entry && entry.expiresAt - Date.now() > RENEW_BEFORE_MS ? entry.url : undefined
}

/** Asks for the URLs of the file ids that have none; resolves when they are known (or gone). */
export async function fetchPhotoUrls(fileIds: readonly string[]): Promise<void> {
  const missing = [...new Set(fileIds)].filter((id) => !knownPhotoUrl(id) && !asking.has(id))
  for (let i = 0; i < missing.length; i += PHOTO_URLS_PER_CALL) {
    const batch = missing.slice(i, i + PHOTO_URLS_PER_CALL)
    const call = api.user
      .photoUrls({ fileIds: batch })
      .then(({ list }) => {
        for (const p of list)
          known.set(p.fileId, { url: p.url, expiresAt: Date.parse(p.expiresAt) })
      })
      .finally(() => batch.forEach((id) => asking.delete(id)))
    batch.forEach((id) => asking.set(id, call))
  }
  await Promise.all(fileIds.map((id) => asking.get(id)).filter(Boolean))
}
