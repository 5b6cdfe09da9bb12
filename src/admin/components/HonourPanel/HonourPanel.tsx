import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import {
  AwardHonourInput,
  HONOUR_CRITERIA,
  HONOURS,
  RevokeHonourInput,
  type Honour,
} from '../../../../types/shop'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { awardHonour, revokeHonour, type AdminShop } from '../../../services/shop'
import { AdminPanel } from '../AdminPanel'
import { ChoiceChips } from '../../../components/ChoiceChips'
import './HonourPanel.scss'

type Criterion = (typeof HONOUR_CRITERIA)[number]
const CRITERIA = HONOUR_CRITERIA.map((value) => ({ value, label: value }))

export type HonourPanelProps = { shop: AdminShop; onClose: () => void; onDone: () => void }

/** Awards 党员示范店 / 星级党员商户 / 党员先锋岗 against the criteria, or revokes one with a reason. */
export function HonourPanel({ shop, onClose, onDone }: HonourPanelProps) {
  return (
    <AdminPanel name="honour-panel" title="荣誉评定" subtitle={shop.name} onClose={onClose}>
      {HONOURS.map((honour) =>
        shop.honours.includes(honour) ? (
          <RevokeHonour key={honour} shopId={shop.shopId} honour={honour} onDone={onDone} />
        ) : (
          <AwardHonour key={honour} shopId={shop.shopId} honour={honour} onDone={onDone} />
        ),
      )}
    </AdminPanel>
  )
}

type HonourFormProps = { shopId: string; honour: Honour; onDone: () => void }

function AwardHonour({ shopId, honour, onDone }: HonourFormProps) {
  const [criteria, setCriteria] = useState<Criterion[]>([])
  const award = useAction(awardHonour)

  const submit = async () => {
    const input = award.check(AwardHonourInput, { shopId, honour, criteria })
    if (!input) return
    if (await award.run(input)) {
      Taro.showToast({ title: `已授予${honour}`, icon: 'success' })
      onDone()
    }
  }

  return (
    <View className="honour-form" data-honour={honour}>
      <Text className="honour-form__title">{honour}</Text>
      <Text className="admin-panel__label">评定标准（至少一项）</Text>
      <ChoiceChips
        name="honour-criteria"
        choices={CRITERIA}
        value={criteria}
        onChange={setCriteria}
        multiple
      />
      <FieldError field="criteria" message={award.fieldErrors.criteria} />
      <View className="admin-panel__actions">
        <Button
          className="honour-form__award"
          size="small"
          type="primary"
          loading={award.pending}
          onClick={submit}
        >
          授予{honour}
        </Button>
      </View>
    </View>
  )
}

function RevokeHonour({ shopId, honour, onDone }: HonourFormProps) {
  const [reason, setReason] = useState('')
  const revoke = useAction(revokeHonour)

  const submit = async () => {
    const input = revoke.check(RevokeHonourInput, { shopId, honour, reason })
    if (!input) return
    if (await revoke.run(input)) {
      Taro.showToast({ title: `已撤销${honour}`, icon: 'success' })
      onDone()
    }
  }

  return (
    <View className="honour-form honour-form--held" data-honour={honour}>
      <Text className="honour-form__title">
        {honour}
        <Text className="honour-form__held">已获得</Text>
      </Text>
      <TextArea
        className="console-textarea honour-form__reason"
        value={reason}
        maxLength={200}
        placeholder="撤销原因（至少 2 个字）"
        onChange={setReason}
      />
      <FieldError field="reason" message={revoke.fieldErrors.reason} />
      <View className="admin-panel__actions">
        <Button
          className="honour-form__revoke"
          size="small"
          fill="outline"
          type="primary"
          loading={revoke.pending}
          onClick={submit}
        >
          撤销{honour}
        </Button>
      </View>
    </View>
  )
}
