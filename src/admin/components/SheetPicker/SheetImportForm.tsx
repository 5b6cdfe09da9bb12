import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { FormField } from '../../../components/FormField'
import { ActionForm } from '../ActionForm'
import { SheetPicker } from './SheetPicker'
import type { SheetImport } from './use-sheet-import'
import './SheetImportForm.scss'

export type SheetImportFormProps = {
  /** Block class for tests: `shop-import` gives `.shop-import__input`, `__file`, `__submit`. */
  name: string
  /** The header row the sheet must start with. */
  columns: readonly string[]
  /** What the header row above the columns says, e.g. that the order matters. */
  columnsLabel: string
  /** How the rows are read, under the columns. */
  hint: ReactNode
  sheetImport: SheetImport
  /** Buttons before 开始导入 (一键通过). */
  buttons?: ReactNode
}

/** An Excel import: the header row it expects, the file picker, its error and 开始导入. */
export function SheetImportForm(props: SheetImportFormProps) {
  const { name, sheetImport } = props
  return (
    <ActionForm
      className={`sheet-import ${name}`}
      action={sheetImport}
      submitLabel="开始导入"
      submitClassName={`${name}__submit`}
      submitDisabled={!sheetImport.sheet}
      onSubmit={sheetImport.upload}
      aside={props.buttons}
      size="normal"
    >
      <FormField name="file" label={props.columnsLabel} error={sheetImport.fileError}>
        <View className="sheet-header">
          {props.columns.map((title) => (
            <Text key={title} className="sheet-header__cell">
              {title}
            </Text>
          ))}
        </View>
        <Text className="console-form__hint">{props.hint}</Text>
        <View className="sheet-import__picker">
          <SheetPicker name={name} onChosen={sheetImport.chosen} />
          {sheetImport.sheet ? (
            <Text className={`sheet-import__file ${name}__file`}>{sheetImport.sheet.fileName}</Text>
          ) : null}
        </View>
      </FormField>
    </ActionForm>
  )
}
