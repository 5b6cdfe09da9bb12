import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import {
  CreateShopInput,
  SHOP_CATEGORIES,
  type ShopCategory,
  type AdminShop,
} from '../../../../types/shop'
import type { ActionInput } from '../../../../types/api'
import { ConsoleShell } from '../../components/ConsoleShell'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import type { FieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { ActionForm } from '../../components/ActionForm'
import { ADMIN_ROUTES, shopFormUrl } from '../../routes'
import '../../console.scss'
import { ChoiceField } from '../../../components/ChoiceField'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type TextField = 'name' | 'address' | 'floorUnit' | 'licenceNo' | 'contactName' | 'contactPhone'
type Draft = Record<TextField, string> & { category: ShopCategory | undefined }

const EMPTY: Draft = {
  name: '',
  category: undefined,
  address: '',
  floorUnit: '',
  licenceNo: '',
  contactName: '',
  contactPhone: '',
}

/** A text field of the shop: its box is `.shop-form__input--<name>` and is named like it. */
function textField(name: TextField, label: string, placeholder: string, max: number): FieldSpec {
  return {
    name,
    label,
    placeholder,
    max,
    required: name !== 'floorUnit',
    type: name === 'contactPhone' ? 'tel' : 'text',
    className: `shop-form__input shop-form__input--${name}`,
    inputName: name,
  }
}

const NAME_FIELD = textField('name', '店铺名称', '2–40 个字', 40)

/** The fields after the category. */
const PLACE_AND_CONTACT: FieldSpec[] = [
  textField('address', '地址', '如：红星路 88 号', 80),
  textField('floorUnit', '楼层/铺位', '如：1F-A12（可不填）', 30),
  textField('licenceNo', '营业执照号', '15 或 18 位字母数字', 18),
  textField('contactName', '联系人', '经营者或店长姓名', 20),
  textField('contactPhone', '联系电话', '11 位手机号', 11),
]

const CATEGORY_CHOICES = SHOP_CATEGORIES.map((value) => ({ value, label: value }))

const CATEGORY_CHOICE = {
  name: 'category',
  label: '类别',
  required: true,
  chips: 'shop-category',
  choices: CATEGORY_CHOICES,
}

function draftOf(shop: AdminShop): Draft {
  const { name, category, address, floorUnit, licenceNo, contactName, contactPhone } = shop
  return { name, category, address, floorUnit, licenceNo, contactName, contactPhone }
}

function backToShops(): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url: ADMIN_ROUTES.shops })
}

/** Creates the shop, or saves every field of an existing one (the update takes any subset). */
function saveShop(
  shopId: string,
  fields: ActionInput<'shop', 'create'>,
  idempotencyKey: string,
): Promise<{ shopId: string }> {
  return shopId
    ? api.shop.update({ ...fields, shopId })
    : api.shop.create(fields, { idempotencyKey })
}

export default function ShopFormPage() {
  const { params } = useRouter()
  const shopId = readParam(params.shopId)
  const signedIn = useConsoleGate(shopFormUrl(shopId || undefined))
  const existing = useRemoteData(
    () => api.shop.adminGet({ shopId }),
    [shopId],
    signedIn && !!shopId,
  )
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const idempotency = useIdempotencyKey()
  const save = useAction(saveShop)
  const errors = save.fieldErrors

  useEffect(() => {
    if (existing.data) setDraft(draftOf(existing.data))
  }, [existing.data])

  const change = (field: keyof Draft, value: string) => {
    setDraft((prev) => ({ ...prev, [field]: value }))
    if (errors[field]) {
      const rest = { ...errors }
      delete rest[field]
      save.setFieldErrors(rest)
    }
  }

  const submit = async () => {
    // The server's schema, run here first so mistakes show under their fields at once. Edits send
    // every field too, so the full schema applies to both.
    const input = save.check(CreateShopInput, draft)
    if (!input) return
    const saved = await save.run(shopId, input, idempotency.key)
    if (!saved) return
    idempotency.renew()
    Taro.showToast({ title: shopId ? '店铺信息已保存' : '店铺已创建', icon: 'success' })
    backToShops()
  }

  // The text fields, as FormFields holds them.
  const text: FieldValues<TextField> = {
    values: draft,
    set: change,
    assign: (values) => setDraft((prev) => ({ ...prev, ...values })),
  }

  if (!signedIn) return <ConsoleShell className="shop-form" />

  return (
    <ConsoleShell className="shop-form">
      <Text className="section__title shop-form__title">{shopId ? '编辑店铺' : '新建店铺'}</Text>
      <LoadStates loaded={existing} />
      {!shopId || existing.data ? (
        <View className="card shop-form__card">
          <ActionForm
            className="shop-form__fields"
            action={save}
            submitLabel={shopId ? '保存修改' : '创建店铺'}
            submitClassName="shop-form__submit"
            onSubmit={submit}
            onCancel={backToShops}
            cancelClassName="shop-form__cancel"
            size="normal"
          >
            <FormFields fields={[NAME_FIELD]} form={text} errors={errors} />
            <ChoiceField
              spec={CATEGORY_CHOICE}
              value={draft.category}
              onChange={(category) => change('category', category)}
              errors={errors}
            />
            <FormFields fields={PLACE_AND_CONTACT} form={text} errors={errors} />
          </ActionForm>
        </View>
      ) : null}
    </ConsoleShell>
  )
}
