// Photos from the web app: the bytes arrive inline, are checked to be a real JPEG, PNG or WebP of
// at most 700 KB, and go to cloud storage under uploads/<folder>/ named by their hash (the same
// photo twice is stored once). The web app shows photos through short-lived URLs.
import crypto from 'node:crypto'
import type { HandlerOf } from '../../server/kernel/router'
import { fieldError } from '../../server/kernel/app-error'
import { imageTypeOf } from '../../server/services/image-type'
import { MAX_PHOTO_BYTES } from '../../types/photos'

/** How long a photo URL works: a page view, with room to scroll back. */
const PHOTO_URL_SECONDS = 2 * 60 * 60

export const uploadPhoto: HandlerOf<'user', 'uploadPhoto'> = async (ctx, input) => {
  const bytes = Buffer.from(input.contentBase64, 'base64')
  if (bytes.length > MAX_PHOTO_BYTES) throw fieldError('contentBase64', '照片不能超过 700 KB')
  const type = imageTypeOf(bytes)
  if (!type) throw fieldError('contentBase64', '只能上传 JPG、PNG 或 WebP 图片')
  const name = crypto.createHash('sha256').update(bytes).digest('hex')
  const fileId = await ctx.services.files.put(`uploads/${input.folder}/${name}.${type.ext}`, bytes)
  return { fileId }
}

export const photoUrls: HandlerOf<'user', 'photoUrls'> = async (ctx, input) => {
  const urls = await ctx.services.files.tempUrls([...new Set(input.fileIds)], PHOTO_URL_SECONDS)
  return {
    list: [...urls].map(([fileId, { url, expiresAt }]) => ({
      fileId,
      url,
      expiresAt: expiresAt.toISOString(),
    })),
  }
}
