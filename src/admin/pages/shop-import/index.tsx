import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../../components/PageShell'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { RefusedRows } from '../../components/RefusedRows'
import { SheetPicker, type ChosenSheet } from '../../components/SheetPicker'
import { ApiError } from '../../../services/api-error'
import { importShopSheet, type ImportSheetResult } from '../../../services/shop'
import { ADMIN_ROUTES } from '../../routes'
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
          <SheetPicker name="shop-import" onChosen={chosen} />
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
          <RefusedRows rows={refused} nameTitle="店铺名称" />
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
