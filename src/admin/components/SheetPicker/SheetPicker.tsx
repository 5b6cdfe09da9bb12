import { Button } from '@nutui/nutui-react-taro'
import type { ApiError } from '../../../services/api-error'
import { chooseSheet, type ChosenSheet } from './choose-sheet'

export type SheetPickerProps = {
  /** Block class for tests: `shop-import` gives `.shop-import__input` (h5), `__choose` (weapp). */
  name: string
  onChosen: (sheet: ChosenSheet | ApiError | undefined) => void
}

/** h5: a file input limited to .xlsx; weapp: a file from a chat (the only files a phone has). */
export function SheetPicker({ name, onChosen }: SheetPickerProps) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className={`${name}__choose`} onClick={() => chooseSheet().then(onChosen)}>
        从聊天记录选择 .xlsx 文件
      </Button>
    )
  }
  return (
    <input
      className={`${name}__input`}
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0]
        if (file) chooseSheet(file).then(onChosen)
      }}
    />
  )
}
