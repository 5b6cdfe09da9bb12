// Photos: choosing, uploading and showing them. On weapp files go to CloudBase storage
// (`Taro.cloud.uploadFile` → a cloud:// fileID the image component can show as-is); on h5 the
// bytes are POSTed to the gateway's `/storage/upload`, which stores them as local:// files served
// under `/storage/`.
import Taro from '@tarojs/taro'
import { ApiError } from './api-error'
import { getToken } from './session'

/** Largest photo the h5 upload accepts (the gateway's cap); bigger ones are shrunk first. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024
/** Longest side of a shrunk photo: enough to read a receipt or a price tag. */
const SHRINK_TO_PX = 1600

export type UploadedFile = { fileId: string; url: string }

/** The URL an <Image> shows for a stored file id. */
export function fileUrl(fileId: string): string {
  if (process.env.TARO_ENV === 'weapp') return fileId
  const local = /^local:\/\/(.+)$/.exec(fileId)
  if (local) return `${process.env.TARO_APP_API_BASE}/storage/${local[1]}`
  return fileId
}

/** Lets the user pick up to `count` images; resolves with temporary paths (blob: URLs on h5). */
export async function choosePhotos(count: number): Promise<string[]> {
  if (count <= 0) return []
  try {
    const res = await Taro.chooseImage({
      count,
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    })
    return res.tempFilePaths.slice(0, count)
  } catch {
    // Cancelling the picker is not an error the user needs to see.
    return []
  }
}

/** Uploads one chosen image under `folder` (e.g. 'complaints') and returns its stored id. */
export async function uploadPhoto(tempPath: string, folder: string): Promise<UploadedFile> {
  if (process.env.TARO_ENV === 'weapp') {
    const ext = /\.(\w{2,5})$/.exec(tempPath)?.[1] ?? 'jpg'
    const cloudPath = `${folder}/${Date.now().toString(36)}-${randomPart()}.${ext}`
    try {
      const res = await Taro.cloud.uploadFile({ cloudPath, filePath: tempPath })
      return { fileId: res.fileID, url: res.fileID }
    } catch {
      throw new ApiError('NETWORK', '照片上传失败，请重试')
    }
  } else {
    return uploadBlob(await fitForUpload(await readBlob(tempPath)), folder)
  }
}

async function readBlob(tempPath: string): Promise<Blob> {
  try {
    const res = await fetch(tempPath)
    return await res.blob()
  } catch {
    throw new ApiError('INTERNAL', '读取照片失败，请重新选择')
  }
}

/** h5 gets the camera's full-size photo (no `compressed` there): re-encode big ones as JPEG. */
async function fitForUpload(blob: Blob): Promise<Blob> {
  if (blob.size <= MAX_PHOTO_BYTES || typeof createImageBitmap !== 'function') return blob
  try {
    const bitmap = await createImageBitmap(blob)
    const scale = Math.min(1, SHRINK_TO_PX / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const shrunk = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    )
    return shrunk ?? blob
  } catch {
    return blob // the size check below says what is wrong
  }
}

async function uploadBlob(blob: Blob, folder: string): Promise<UploadedFile> {
  if (blob.size > MAX_PHOTO_BYTES) throw new ApiError('VALIDATION', '照片不能超过 2 MB')
  const headers: Record<string, string> = { 'Content-Type': blob.type || 'image/jpeg' }
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(
      `${process.env.TARO_APP_API_BASE}/storage/upload?folder=${encodeURIComponent(folder)}`,
      { method: 'POST', headers, body: blob },
    )
  } catch {
    throw new ApiError('NETWORK', '照片上传失败，请重试')
  }
  const body = (await res.json().catch(() => undefined)) as unknown
  const file = uploadedFrom(body)
  if (file) return file
  const error = (body as { error?: { code?: ApiError['code']; message?: string } } | undefined)
    ?.error
  throw new ApiError(error?.code ?? 'INTERNAL', error?.message ?? '照片上传失败，请重试')
}

/** The gateway answers `{ fileId, url }`, possibly inside the usual `{ ok, data }` envelope. */
function uploadedFrom(body: unknown): UploadedFile | null {
  const inner =
    typeof body === 'object' && body !== null && 'ok' in body
      ? (body as { ok: boolean; data?: unknown }).ok
        ? (body as { data?: unknown }).data
        : null
      : body
  if (typeof inner !== 'object' || inner === null) return null
  const { fileId, url } = inner as { fileId?: unknown; url?: unknown }
  if (typeof fileId !== 'string') return null
  return { fileId, url: typeof url === 'string' ? url : fileUrl(fileId) }
}

function randomPart(): string {
  return Math.random().toString(36).slice(2, 10)
}
