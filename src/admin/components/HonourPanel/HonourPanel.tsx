import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  AwardHonourInput,
  HONOUR_CRITERIA,
  HONOURS,
  RevokeHonourInput,
  type Honour,
  type AdminShop,
} from '../../../../types/shop'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import { AdminPanel } from '../AdminPanel'
import { FormFields } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'
import './HonourPanel.scss'

type Criterion = (typeof HONOUR_CRITERIA)[number]
const CRITERIA = HONOUR_CRITERIA.map((value) => ({ value, label: value }))

export type HonourPanelProps = { shop: AdminShop; onClose: () => void; onDone: () => void }

const REASON_FIELDS = [reasonField('honour-form__reason', '撤销原因（至少 2 个字）')]

const CRITERIA_CHOICE = {
  name: 'criteria',
  label: '评定标准（至少一项）',
  required: true,
  chips: 'honour-criteria',
  choices: CRITERIA,
}

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

/** Says what was done to the shop's honour, then closes the panel. */
function said(message: string, onDone: () => void) {
  return () => {
    Taro.showToast({ title: message, icon: 'success' })
    onDone()
  }
}

function AwardHonour({ shopId, honour, onDone }: HonourFormProps) {
  const [criteria, setCriteria] = useState<Criterion[]>([])
  const award = useFormAction(
    AwardHonourInput,
    api.shop.awardHonour,
    said(`已授予${honour}`, onDone),
  )

  return (
    <ActionForm
      className="honour-form"
      data={{ honour }}
      title={honour}
      action={award}
      submitLabel={`授予${honour}`}
      submitClassName="honour-form__award"
      onSubmit={() => award.submit({ shopId, honour, criteria })}
    >
      <ChoiceField
        spec={CRITERIA_CHOICE}
        multiple
        value={criteria}
        onChange={setCriteria}
        errors={award.fieldErrors}
      />
    </ActionForm>
  )
}

function RevokeHonour({ shopId, honour, onDone }: HonourFormProps) {
  const form = useFieldValues({ reason: '' })
  const revoke = useFormAction(
    RevokeHonourInput,
    api.shop.revokeHonour,
    said(`已撤销${honour}`, onDone),
  )

  return (
    <ActionForm
      className="honour-form honour-form--held"
      data={{ honour }}
      title={
        <>
          {honour}
          <Text className="honour-form__held">已获得</Text>
        </>
      }
      action={revoke}
      submitLabel={`撤销${honour}`}
      submitClassName="honour-form__revoke"
      submitFill="outline"
      onSubmit={() => revoke.submit({ shopId, honour, ...form.values })}
    >
      <FormFields fields={REASON_FIELDS} form={form} errors={revoke.fieldErrors} />
    </ActionForm>
  )
}
