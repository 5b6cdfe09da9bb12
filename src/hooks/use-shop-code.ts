import { useAction } from './use-action'
import type { ActionInput } from '../../types/api'
import { useRemoteData } from './use-remote-data'
import { api } from '../services/call-function'
import { saveDocument, saveImage } from '../services/files'

type PosterSize = ActionInput<'shop', 'poster'>['size']

/** The print-ready poster sizes, smaller first. */
export const POSTER_SIZES: readonly PosterSize[] = ['A5', 'A4']

async function savePoster(shopId: string, size: PosterSize): Promise<void> {
  await saveDocument(await api.shop.poster({ shopId, size }), 'pdf')
}

/**
 * A shop's signed code (its picture and h5 address) once `enabled`, and what can be saved from it:
 * the picture, and a poster of each size (the merchant's page and the committee's panel).
 */
export function useShopCode(shopId: string, enabled = true) {
  const code = useRemoteData(() => api.shop.code({ shopId }), [shopId], enabled)
  const image = useAction(saveImage)
  const poster = useAction(savePoster)
  return { code, image, poster }
}
