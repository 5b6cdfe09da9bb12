import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { SHOP_SHEET_COLUMNS } from '../../../../types/shop'
import { ConsoleShell } from '../../components/ConsoleShell'
import { RefusedRows } from '../../components/RefusedRows'
import { SheetImportForm, useSheetImport } from '../../components/SheetPicker'
import { api } from '../../../services/call-function'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

export default function ShopImportPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.shopImport)
  const sheetImport = useSheetImport(api.shop.importSheet)
  const { report, refused } = sheetImport

  if (!signedIn) return <ConsoleShell className="shop-import" />

  return (
    <ConsoleShell className="shop-import">
      <Text className="section__title">从 Excel 导入店铺</Text>
      <View className="card">
        <SheetImportForm
          name="shop-import"
          columns={Object.values(SHOP_SHEET_COLUMNS)}
          columnsLabel="表格第一行须为以下表头（顺序一致）："
          hint="类别可选：餐饮、服饰、超市、数码、美容美发、生活服务、教育培训、其他。每行一家店，校验不通过的行不会导入，其余照常导入。"
          sheetImport={sheetImport}
        />
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
    </ConsoleShell>
  )
}
