// Photos people attach (complaints, wishes, shops, activity covers). The mini-program uploads to
// cloud storage itself (wx.cloud.uploadFile); the web app sends the bytes to `user.uploadPhoto`,
// inline, so a photo must fit the HTTP access service's 1 MB body once base64-encoded.
import { z } from 'zod'
import { FileId, IsoDate } from './common'
import { PHOTO_URLS_PER_CALL } from './plain/photos'

export const PHOTO_FOLDERS = ['complaints', 'wishes', 'shops', 'activities'] as const
export type PhotoFolder = (typeof PHOTO_FOLDERS)[number]

/** Largest photo the web app may send: base64 makes it about 933 KB, under the 1 MB body. */
export const MAX_PHOTO_BYTES = 700 * 1024
const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4

export const UploadPhotoInput = z.object({
  folder: z.enum(PHOTO_FOLDERS, { error: '照片用途不正确' }),
  contentBase64: z
    .string({ error: '缺少照片' })
    .min(1, '缺少照片')
    .max(MAX_PHOTO_BASE64, '照片不能超过 700 KB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '照片数据不正确'),
})
export const UploadedPhoto = z.object({ fileId: FileId })

/**
 * A photo's stored id: one the app uploaded under a photo folder (`uploads/<folder>/…` from the
 * web, `<folder>/…` from the mini-program). Exports and anything else in storage are no photos.
 */
export const PhotoFileId = FileId.regex(
  new RegExp(`^cloud://[^/]+/(uploads/)?(${PHOTO_FOLDERS.join('|')})/`),
  '不是照片的地址',
)

export const PhotoUrlsInput = z.object({
  fileIds: z
    .array(PhotoFileId)
    .min(1, '缺少照片')
    .max(PHOTO_URLS_PER_CALL, `一次最多 ${PHOTO_URLS_PER_CALL} 张`),
})
export const PhotoUrls = z.object({
  /** One entry per photo still stored, with a URL the browser can show until `expiresAt`. */
  list: z.array(z.object({ fileId: FileId, url: z.string(), expiresAt: IsoDate })),
})
