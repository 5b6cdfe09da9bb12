// Saving the shop's code image on the device. h5: a download under the file's name; weapp:
// written to the user data folder, then saved to the photo album.
import Taro from '@tarojs/taro'
import { ApiError } from './api-error'

/** File names the weapp file system accepts. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_') || 'shop-code.png'
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
