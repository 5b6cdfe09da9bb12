import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Input } from '@nutui/nutui-react-taro'
import { CreateShopInput, SHOP_CATEGORIES, type ShopCategory } from '../../../../types/shop'
import { PageShell } from '../../../components/PageShell'
import { FormField } from '../../../components/FormField'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import {
  createShop,
  getAdminShop,
  updateShop,
  type AdminShop,
  type ShopFieldsInput,
} from '../../../services/shop'
import { readParam } from '../../../utils/params'
import { ActionForm } from '../../components/ActionForm'
import { ADMIN_ROUTES, shopFormUrl } from '../../routes'
import '../../console.scss'
import { ChoiceField } from '../../../components/ChoiceField'
import './index.scss'

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

type TextFieldSpec = {
  field: TextField
  label: string
  placeholder: string
  maxLength: number
  required?: boolean
}

const TEXT_FIELDS: TextFieldSpec[] = [
  { field: 'name', label: '店铺名称', placeholder: '2–40 个字', maxLength: 40, required: true },
  {
    field: 'address',
    label: '地址',
    placeholder: '如：红星路 88 号',
    maxLength: 80,
    required: true,
  },
  { field: 'floorUnit', label: '楼层/铺位', placeholder: '如：1F-A12（可不填）', maxLength: 30 },
  {
    field: 'licenceNo',
    label: '营业执照号',
    placeholder: '15 或 18 位字母数字',
    maxLength: 18,
    required: true,
  },
  {
    field: 'contactName',
    label: '联系人',
    placeholder: '经营者或店长姓名',
    maxLength: 20,
    required: true,
  },
  {
    field: 'contactPhone',
    label: '联系电话',
    placeholder: '11 位手机号',
    maxLength: 11,
    required: true,
  },
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
  fields: ShopFieldsInput,
  idempotencyKey: string,
): Promise<{ shopId: string }> {
  return shopId ? updateShop({ ...fields, shopId }) : createShop(fields, { idempotencyKey })
}

export default function ShopFormPage() {
  const { params } = useRouter()
  const shopId = readParam(params.shopId)
  const signedIn = useRequireSignIn(shopFormUrl(shopId || undefined))
  const existing = useRemoteData(() => getAdminShop(shopId), [shopId], signedIn && !!shopId)
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

  const textInput = (spec: TextFieldSpec) => (
    <TextInput key={spec.field} spec={spec} draft={draft} errors={errors} onChange={change} />
  )

  if (!signedIn) return <PageShell className="shop-form" />

  return (
    <PageShell className="shop-form" width="wide">
      <Text className="section__title shop-form__title">{shopId ? '编辑店铺' : '新建店铺'}</Text>
      {existing.loading && shopId ? <LoadingState /> : null}
      {existing.error ? (
        <ErrorState message={existing.error.message} onRetry={existing.reload} />
      ) : null}
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
            {TEXT_FIELDS.slice(0, 1).map(textInput)}
            <ChoiceField
              spec={CATEGORY_CHOICE}
              value={draft.category}
              onChange={(category) => change('category', category)}
              errors={errors}
            />
            {TEXT_FIELDS.slice(1).map(textInput)}
          </ActionForm>
        </View>
      ) : null}
    </PageShell>
  )
}

type TextInputProps = {
  spec: TextFieldSpec
  draft: Draft
  errors: Record<string, string>
  onChange: (field: TextField, value: string) => void
}

function TextInput({ spec, draft, errors, onChange }: TextInputProps) {
  return (
    <FormField
      name={spec.field}
      label={spec.label}
      error={errors[spec.field]}
      required={spec.required}
      className={`shop-form__field shop-form__field--${spec.field}`}
    >
      <Input
        className={`shop-form__input shop-form__input--${spec.field}`}
        name={spec.field}
        type={spec.field === 'contactPhone' ? 'tel' : 'text'}
        placeholder={spec.placeholder}
        maxLength={spec.maxLength}
        value={draft[spec.field]}
        onChange={(value) => onChange(spec.field, value)}
      />
    </FormField>
  )
}
