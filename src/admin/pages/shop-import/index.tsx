import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../../components/PageShell'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { ApiError } from '../../../services/api-error'
import { importShopSheet, type ImportSheetResult } from '../../../services/shop'
import { ADMIN_ROUTES } from '../../routes'
import { chooseSheet, type ChosenSheet } from './choose-sheet'
import '../../console.scss'
import './index.scss'

/** The header row the import reads, in order, and the shop field each column fills. */
const SHEET_COLUMNS = [
  ['name', '店铺名称'],
  ['category', '类别'],
  ['address', '地址'],
  ['floorUnit', '楼层/铺位'],
  ['licenceNo', '营业执照号'],
  ['contactName', '联系人'],
  ['contactPhone', '联系电话'],
] as const
const COLUMN_TITLES: Record<string, string> = Object.fromEntries(SHEET_COLUMNS)

/** A refused row's field as the sheet's column title when it names one. */
function columnTitle(field: string): string {
  return COLUMN_TITLES[field] ?? field
}

export default function ShopImportPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.shopImport)
  const [sheet, setSheet] = useState<ChosenSheet>()
  const [report, setReport] = useState<ImportSheetResult>()
  const idempotency = useIdempotencyKey()
  const send = useAction(importShopSheet)

  const chosen = (next: ChosenSheet | ApiError | undefined) => {
    if (next instanceof ApiError) {
      setSheet(undefined)
      return send.setFieldErrors({ file: next.message })
    }
    send.setFieldErrors({})
    setSheet(next)
    setReport(undefined)
    // A different file is a different write.
    idempotency.renew()
  }

  const upload = async () => {
    if (!sheet) return send.setFieldErrors({ file: '请先选择 .xlsx 文件' })
    const result = await send.run(sheet, { idempotencyKey: idempotency.key })
    if (result) setReport(result)
  }

  if (!signedIn) return <PageShell className="shop-import">{null}</PageShell>

  const refused = report?.rows.filter((row) => !row.ok) ?? []
  // Local checks land on `file`; the server names the InlineFile field it refused.
  const fileError =
    send.fieldErrors.file ?? send.fieldErrors.contentBase64 ?? send.fieldErrors.fileName

  return (
    <PageShell className="shop-import" width="wide">
      <Text className="section__title">从 Excel 导入店铺</Text>
      <View className="card">
        <Text className="console-form__label">表格第一行须为以下表头（顺序一致）：</Text>
        <View className="sheet-header">
          {SHEET_COLUMNS.map(([, title]) => (
            <Text key={title} className="sheet-header__cell">
              {title}
            </Text>
          ))}
        </View>
        <Text className="console-form__hint">
          类别可选：餐饮、服饰、超市、数码、美容美发、生活服务、教育培训、其他。每行一家店，校验不通过的行不会导入，其余照常导入。
        </Text>

        <View className="shop-import__picker">
          <SheetPicker onChosen={chosen} />
          {sheet ? <Text className="shop-import__file">{sheet.fileName}</Text> : null}
        </View>
        {fileError ? (
          <Text className="field-error" data-field="file">
            {fileError}
          </Text>
        ) : null}
        <View className="shop-import__actions">
          <Button
            className="shop-import__submit"
            type="primary"
            disabled={!sheet}
            loading={send.pending}
            onClick={upload}
          >
            开始导入
          </Button>
        </View>
      </View>

      {report ? (
        <View className="section card import-report">
          <Text className="section__title">导入结果</Text>
          <View className="import-report__summary">
            <Text className="import-report__created">成功导入 {report.created} 家</Text>
            <Text className="import-report__refused">未导入 {report.refused} 行</Text>
          </View>
          {refused.length > 0 ? (
            <View className="import-report__rows">
              <View className="console-table__row console-table__row--head">
                <Text className="import-row__no">行号</Text>
                <Text className="import-row__name">店铺名称</Text>
                <Text className="import-row__errors">原因</Text>
              </View>
              {refused.map((row) => (
                <View key={row.row} className="console-table__row import-row" data-row={row.row}>
                  <Text className="import-row__no">第 {row.row} 行</Text>
                  <Text className="import-row__name">{row.name || '（未填写）'}</Text>
                  <View className="import-row__errors">
                    {row.errors.map((error) => (
                      <Text
                        key={`${error.field}-${error.message}`}
                        className="import-row__error"
                        data-field={error.field}
                      >
                        {columnTitle(error.field)}：{error.message}
                      </Text>
                    ))}
                  </View>
                </View>
              ))}
            </View>
          ) : null}
          <View className="shop-import__actions">
            <Button
              className="shop-import__to-shops"
              onClick={() => Taro.redirectTo({ url: ADMIN_ROUTES.shops })}
            >
              返回店铺列表
            </Button>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

type SheetPickerProps = { onChosen: (sheet: ChosenSheet | ApiError | undefined) => void }

/** h5: a file input limited to .xlsx; weapp: a file from a chat (the only files a phone has). */
function SheetPicker({ onChosen }: SheetPickerProps) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className="shop-import__choose" onClick={() => chooseSheet().then(onChosen)}>
        从聊天记录选择 .xlsx 文件
      </Button>
    )
  }
  return (
    <input
      className="shop-import__input"
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0]
        if (file) chooseSheet(file).then(onChosen)
      }}
    />
  )
}
