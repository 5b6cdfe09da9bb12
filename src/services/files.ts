// Saving generated files on the device: poster PDFs, ledgers and the shop's code image. The server
// hands out a generated document as a temporary URL into cloud storage (never base64 in the reply).
// h5: fetched and saved under the file's name; weapp: downloaded to the user data folder, then
// opened with the system viewer (PDF or Excel, to share or print). The code image is saved to the
// photo album.
import Taro from '@tarojs/taro'
import type { DownloadFile } from '../../types/common'
import { ApiError } from './api-error'

/** Saves (h5) or opens (weapp) a document the server generated: a PDF or an Excel sheet. */
export async function saveDocument(file: DownloadFile, fileType: 'pdf' | 'xlsx'): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${safeName(file.fileName)}`
    try {
      const res = await Taro.downloadFile({ url: file.url, filePath })
      if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`)
      await Taro.openDocument({ filePath, fileType, showMenu: true })
    } catch {
      throw new ApiError('NETWORK', '文件下载失败，请重试')
    }
  } else {
    // Fetched, not linked: a link to another origin would ignore the file's name.
    let blob: Blob
    try {
      const res = await fetch(file.url)
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      blob = await res.blob()
    } catch {
      throw new ApiError('NETWORK', '文件下载失败，请重试')
    }
    const href = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = href
    link.download = file.fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    // Revoked later: the browser reads the object URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(href), 60_000)
  }
}

/** File names the weapp file system accepts. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_') || 'download'
}

/** Saves a `data:image/png;base64,…` image (the shop's code) as `fileName`. */
export async function saveImage(dataUrl: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${safeName(fileName)}`
    try {
      const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
      Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64')
      await Taro.saveImageToPhotosAlbum({ filePath })
    } catch {
      throw new ApiError('INTERNAL', '保存失败，请允许保存到相册后重试')
    }
  } else {
    const link = document.createElement('a')
    link.href = dataUrl
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
  }
}
