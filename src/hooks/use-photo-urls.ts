import { useEffect, useState } from 'react'
import { fetchPhotoUrls, knownPhotoUrl } from '../services/photo-urls'

/**
 * The URLs to show stored photos by, in the ids' order: '' for one not known yet (or no longer
 * stored). On weapp the ids themselves; on h5 temporary URLs, fetched once per id.
 */
export function usePhotoUrls(fileIds: readonly (string | null | undefined)[]): string[] {
  const ids = fileIds.filter((id): id is string => !!id)
  const key = ids.join('\n')
  const [, setFetched] = useState(0)
  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp' || !key) return
    let live = true
    // A failed look-up leaves the photos blank; the page itself still works.
    fetchPhotoUrls(key.split('\n'))
      .catch(() => undefined)
      .then(() => live && setFetched((n) => n + 1))
    return () => {
      live = false
    }
  }, [key])
  return ids.map((id) => knownPhotoUrl(id) ?? '')
}
