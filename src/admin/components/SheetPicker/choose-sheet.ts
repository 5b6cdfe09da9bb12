// Reading the chosen Excel file as base64 for an import (shops, the member roster): on h5 from the
// file input's File, on weapp from a file picked out of a chat (the mini-program cannot browse the
// phone's storage).
import Taro from '@tarojs/taro'
import { InlineFile } from '../../../../types/common'
import { ApiError } from '../../../services/api-error'

export type ChosenSheet = { fileName: string; contentBase64: string }

/** The sheet as the import action takes it; an ApiError says why it cannot be sent; undefined: cancelled. */
export async function chooseSheet(file?: File): Promise<ChosenSheet | ApiError | undefined> {
  let sheet: ChosenSheet | undefined
  try {
    sheet =
      process.env.TARO_ENV === 'weapp' ? await chooseInWeapp() : file && (await readFile(file))
  } catch {
    return new ApiError('INTERNAL', '读取文件失败，请重新选择')
  }
  if (!sheet) return undefined
  if (!/\.xlsx$/i.test(sheet.fileName)) return new ApiError('VALIDATION', '请选择 .xlsx 格式的文件')
  const checked = InlineFile.safeParse(sheet)
  if (!checked.success) {
    return new ApiError('VALIDATION', checked.error.issues[0]?.message ?? '文件无法导入')
  }
  return sheet
}

async function chooseInWeapp(): Promise<ChosenSheet | undefined> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
  } catch {
    return undefined // the picker was cancelled
  }
  const file = picked.tempFiles[0]
  if (!file) return undefined
  const contentBase64 = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string
  return { fileName: file.name, contentBase64 }
}

function readFile(file: File): Promise<ChosenSheet> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      // A data URL: `data:<type>;base64,<content>`.
      const dataUrl = String(reader.result)
      resolve({ fileName: file.name, contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) })
    }
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}
