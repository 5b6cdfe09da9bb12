// Saving generated files on the device: poster PDFs, the member ledger and the shop's code image. h5: a download
// under the file's name; weapp: written to the user data folder, then opened with the system
// viewer (PDF or Excel, to share or print) or saved to the photo album (image).
import Taro from '@tarojs/taro'
import { ApiError } from './api-error'

export type Base64File = { fileName: string; contentBase64: string }

const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/** Saves (h5) or opens (weapp) a base64 document the server generated: a PDF or an Excel sheet. */
export async function saveDocument(
  file: Base64File,
  fileType: keyof typeof DOCUMENT_TYPES,
): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${safeName(file.fileName)}`
    try {
      Taro.getFileSystemManager().writeFileSync(filePath, file.contentBase64, 'base64')
      await Taro.openDocument({ filePath, fileType, showMenu: true })
    } catch {
      throw new ApiError('INTERNAL', '文件保存失败，请重试')
    }
  } else {
    const link = document.createElement('a')
    link.href = `data:${DOCUMENT_TYPES[fileType]};base64,${file.contentBase64}`
    link.download = file.fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
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
