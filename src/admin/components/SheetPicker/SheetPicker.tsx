import { useState } from 'react'
import { Button } from '@nutui/nutui-react-taro'
import type { ApiError } from '../../../services/api-error'
import { chooseSheet, type ChosenSheet } from './choose-sheet'
import './SheetPicker.scss'

export type SheetPickerProps = {
  /** Block class for tests: `shop-import` gives `.shop-import__input` (h5), `__choose` (weapp). */
  name: string
  onChosen: (sheet: ChosenSheet | ApiError | undefined) => void
}

/**
 * h5: a button that opens the file chooser (limited to .xlsx) and the name of the file chosen;
 * weapp: a file from a chat (the only files a phone has).
 */
export function SheetPicker({ name, onChosen }: SheetPickerProps) {
  const [fileName, setFileName] = useState<string>()
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className={`${name}__choose`} onClick={() => chooseSheet().then(onChosen)}>
        从聊天记录选择 .xlsx 文件
      </Button>
    )
  }
  return (
    // The native input stays (keyboard, screen readers, tests set files on it) but is not seen.
    <label className={`sheet-picker ${name}__picker`}>
      <input
        className={`sheet-picker__input ${name}__input`}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          setFileName(file?.name)
          if (file) chooseSheet(file).then(onChosen)
        }}
      />
      <span className="sheet-picker__button">{fileName ? '重新选择' : '选择 Excel 文件'}</span>
      <span className={`sheet-picker__name${fileName ? '' : ' sheet-picker__name--none'}`}>
        {fileName ?? '未选择文件（.xlsx）'}
      </span>
    </label>
  )
}
