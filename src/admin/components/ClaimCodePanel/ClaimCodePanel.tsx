import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { AdminShop } from '../../../../types/shop'
import type { ActionOutput } from '../../../../types/api'
import { ActionForm } from '../ActionForm'
import { AdminPanel } from '../AdminPanel'
import './ClaimCodePanel.scss'

export type ClaimCodePanelProps = { shop: AdminShop; onClose: () => void }

/**
 * Issues a one-time claim code (认领码) for the shop's merchant. It is shown here once; coming back
 * later issues a new one rather than showing an old code again.
 */
export function ClaimCodePanel({ shop, onClose }: ClaimCodePanelProps) {
  const [issued, setIssued] = useState<ActionOutput<'shop', 'issueClaimCode'>>()
  const issue = useAction(api.shop.issueClaimCode)

  const run = async () => {
    const code = await issue.run({ shopId: shop.shopId })
    if (code) setIssued(code)
  }

  return (
    <AdminPanel name="claim-code-panel" title="店铺认领码" subtitle={shop.name} onClose={onClose}>
      {issued ? (
        <View className="claim-code">
          <Text className="claim-code__code" userSelect>
            {issued.code}
          </Text>
          <Text className="claim-code__expiry">
            有效期至 {formatShanghai(issued.expiresAt)}，仅可使用一次
          </Text>
          <Text className="claim-code__hint">
            请将认领码交给该店铺的经营者，由其在“我的 → 认领店铺”中输入。关闭后将不再显示。
          </Text>
          <View className="admin-panel__actions">
            <Button
              className="claim-code__copy"
              size="small"
              type="primary"
              onClick={() => Taro.setClipboardData({ data: issued.code })}
            >
              复制认领码
            </Button>
          </View>
        </View>
      ) : (
        <ActionForm
          className="claim-code-form"
          action={issue}
          submitLabel="生成认领码"
          submitClassName="claim-code__issue"
          onSubmit={run}
          onCancel={onClose}
        >
          <Text className="admin-panel__label">
            生成一次性认领码，经营者凭码认领店铺后即可管理店铺信息与承诺。
            {shop.merchantCount > 0 ? `该店已有 ${shop.merchantCount} 位商户。` : ''}
          </Text>
        </ActionForm>
      )}
    </AdminPanel>
  )
}
