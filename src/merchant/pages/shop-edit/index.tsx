import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  STANDARD_COMMITMENTS,
  SetCommitmentsInput,
  UpdateShopProfileInput,
  type Commitment,
  type MyShop,
} from '../../../../types/shop'
import { PageShell } from '../../../components/PageShell'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { PhotoField, type PhotoSpec } from '../../../components/PhotoField'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useShopParam } from '../../../hooks/use-shop-param'
import { ApiError } from '../../../services/api-error'
import { myShops } from '../../../services/shop'
import { api } from '../../../services/call-function'
import { ROUTES } from '../../../constants/routes'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import './index.scss'

const PHOTOS: PhotoSpec = {
  label: '店铺照片（第一张作为封面）',
  uploader: 'shop-photos',
  folder: 'shops',
  max: 6,
}
const MAX_COMMITMENTS = 10
const MAX_DESCRIPTION = 300
const STANDARD_CHOICES = STANDARD_COMMITMENTS.map((text) => ({ value: text, label: text }))

async function loadMyShop(shopId: string): Promise<MyShop> {
  const shop = (await myShops()).find((s) => s.shopId === shopId)
  if (!shop) throw new ApiError('NOT_FOUND', '这不是您认领的店铺')
  return shop
}

const FIELDS: FieldSpec[] = [
  {
    name: 'hours',
    label: '营业时间',
    className: 'profile-form__hours',
    max: 40,
    placeholder: '例如 09:00-21:00',
  },
  {
    name: 'description',
    label: '店铺介绍',
    className: 'profile-form__description',
    multiline: true,
    max: MAX_DESCRIPTION,
    placeholder: '介绍店铺的特色、经营理念',
  },
]

export default function ShopEditPage() {
  const { shopId, signedIn } = useShopParam(ROUTES.merchantShopEdit)
  const shop = useRemoteData(() => loadMyShop(shopId), [shopId], signedIn)

  if (!signedIn) return <PageShell className="shop-edit" />
  return (
    <PageShell className="shop-edit">
      <LoadStates loaded={shop} />
      {shop.data ? (
        <View>
          <Text className="shop-edit__name">{shop.data.name}</Text>
          <ProfileForm shop={shop.data} />
          <CommitmentsForm shop={shop.data} />
        </View>
      ) : null}
    </PageShell>
  )
}

function ProfileForm({ shop }: { shop: MyShop }) {
  const form = useFieldValues({ hours: shop.hours, description: shop.description })
  const [photos, setPhotos] = useState<string[]>(shop.photos)
  const save = useAction(api.shop.updateProfile)

  const submit = async () => {
    const input = save.check(UpdateShopProfileInput, {
      shopId: shop.shopId,
      description: form.values.description,
      hours: form.values.hours,
      photos,
    })
    if (!input) return
    if (await save.run(input)) Taro.showToast({ title: '资料已保存', icon: 'success' })
  }

  return (
    <FormCard
      name="profile-form"
      className="section"
      title="店铺资料"
      action={save}
      submitLabel="保存资料"
      onSubmit={submit}
    >
      <FormFields fields={FIELDS} form={form} />
      <PhotoField spec={PHOTOS} value={photos} onChange={setPhotos} />
    </FormCard>
  )
}

function CommitmentsForm({ shop }: { shop: MyShop }) {
  const [standard, setStandard] = useState<string[]>([])
  const [own, setOwn] = useState<string[]>([])
  const [draft, setDraft] = useState('')
  const save = useAction(api.shop.setCommitments)

  useEffect(() => {
    setStandard(shop.commitments.filter((c) => c.standard).map((c) => c.text))
    setOwn(shop.commitments.filter((c) => !c.standard).map((c) => c.text))
  }, [shop])

  const addOwn = () => {
    const text = draft.trim()
    if (text.length < 2) {
      save.setFieldErrors({ draft: '承诺至少 2 个字' })
      return
    }
    if (own.includes(text) || standard.includes(text)) {
      save.setFieldErrors({ draft: '这项承诺已经有了' })
      return
    }
    setOwn([...own, text])
    setDraft('')
    save.setFieldErrors({})
  }

  const submit = async () => {
    const commitments: Commitment[] = [
      ...standard.map((text) => ({ text, standard: true })),
      ...own.map((text) => ({ text, standard: false })),
    ]
    const input = save.check(SetCommitmentsInput, { shopId: shop.shopId, commitments })
    if (!input) return
    if (await save.run(input)) Taro.showToast({ title: '承诺已公示', icon: 'success' })
  }

  const count = standard.length + own.length
  return (
    <FormCard
      name="commitments-form"
      className="section"
      title="亮承诺"
      hint={`选择标准承诺或添加自己的承诺，将在店铺页公示，接受顾客监督（最多 ${MAX_COMMITMENTS} 项）`}
      action={save}
      submitLabel={`保存承诺（${count} 项）`}
      submitDisabled={count > MAX_COMMITMENTS}
      onSubmit={submit}
    >
      <FormField name="commitments" error={save.fieldErrors.commitments}>
        <ChoiceChips
          multiple
          name="standard-commitment"
          choices={STANDARD_CHOICES}
          value={standard}
          onChange={setStandard}
        />
        {own.map((text) => (
          <View key={text} className="commitments-form__own">
            <Text>{text}</Text>
            <Text
              className="commitments-form__remove"
              onClick={() => setOwn(own.filter((t) => t !== text))}
            >
              删除
            </Text>
          </View>
        ))}
      </FormField>
      <FormField name="draft" error={save.fieldErrors.draft}>
        <View className="commitments-form__add">
          <Input
            className="commitments-form__input"
            placeholder="添加自己的承诺（2–40 字）"
            value={draft}
            maxLength={40}
            onChange={setDraft}
          />
          <Button size="small" type="primary" fill="outline" onClick={addOwn}>
            添加
          </Button>
        </View>
      </FormField>
    </FormCard>
  )
}
