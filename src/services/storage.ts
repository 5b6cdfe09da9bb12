// Photos: choosing and uploading them. On weapp files go to CloudBase storage straight from the
// phone (`Taro.cloud.uploadFile` → a cloud:// fileID); on h5 the bytes go to the `user.uploadPhoto`
// action inline (base64), which checks them and stores them through the same cloud storage.
// Showing a stored photo: see photo-urls.ts.
import Taro from '@tarojs/taro'
import { MAX_PHOTO_BYTES, type PhotoFolder } from '../../types/photos'
import { ApiError } from './api-error'
import { api } from './call-function'

/** Longest side of a shrunk photo: enough to read a receipt or a price tag. */
const SHRINK_TO_PX = [1600, 1200, 900]

export type UploadedFile = { fileId: string }

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
export async function uploadPhoto(tempPath: string, folder: PhotoFolder): Promise<UploadedFile> {
  if (process.env.TARO_ENV === 'weapp') {
    const ext = /\.(\w{2,5})$/.exec(tempPath)?.[1] ?? 'jpg'
    const cloudPath = `${folder}/${Date.now().toString(36)}-${randomPart()}.${ext}`
    try {
      const res = await Taro.cloud.uploadFile({ cloudPath, filePath: tempPath })
      return { fileId: res.fileID }
    } catch {
      throw new ApiError('NETWORK', '照片上传失败，请重试')
    }
  } else {
    const blob = await fitForUpload(await readBlob(tempPath))
    if (blob.size > MAX_PHOTO_BYTES) throw new ApiError('VALIDATION', '照片不能超过 700 KB')
    return api.user.uploadPhoto({ folder, contentBase64: await base64Of(blob) })
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
    let shrunk: Blob | null = null
    // Smaller until it fits: most photos fit at the first size.
    for (const longest of SHRINK_TO_PX) {
      const scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height))
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(bitmap.width * scale)
      canvas.height = Math.round(bitmap.height * scale)
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
      shrunk = await new Promise<Blob | null>((resolve) =>
        canvas.toBlob(resolve, 'image/jpeg', 0.82),
      )
      if (shrunk && shrunk.size <= MAX_PHOTO_BYTES) break
    }
    bitmap.close()
    return shrunk ?? blob
  } catch {
    return blob // the size check says what is wrong
  }
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const dataUrl = String(reader.result)
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1))
    }
    reader.onerror = () => reject(new ApiError('INTERNAL', '读取照片失败，请重新选择'))
    reader.readAsDataURL(blob)
  })
}

function randomPart(): string {
  return Math.random().toString(36).slice(2, 10)
}
