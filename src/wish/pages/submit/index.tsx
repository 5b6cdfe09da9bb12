import { useEffect, useState } from 'react'
import { Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  SaveWishDraftInput,
  SubmitWishInput,
  type WishCategory,
  type WishPlace,
} from '../../../../types/wish'
import { ROUTES, withQuery } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { PhotoField, optionalPhotos } from '../../../components/PhotoField'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useFormAction } from '../../../hooks/use-form-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useSignInOrHandover } from '../../../hooks/use-sign-in-or-handover'
import { NotSignedInPage } from '../../../components/WeChatHandover'
import { useSubscribeAsk } from '../../../hooks/use-subscribe-ask'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { ShopPicker, type PickedShop } from '../../../member/components/ShopPicker'
import { DateField } from '../../components/DateField'
import { CATEGORY_CHOICES } from '../../category-choices'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'
import './index.scss'

const MAX_DESCRIPTION = 500
const PHOTOS = optionalPhotos('wish-photos', 'wishes', 3)

type PlaceKind = WishPlace['kind']
const PLACE_KINDS: Choice<PlaceKind>[] = [
  { value: 'area', label: '填写地点' },
  { value: 'shop', label: '选择店铺' },
]

/** The contact phone; a stored one is never shown back, so an edit asks for it again. */
const contactFields = (editing: boolean): FieldSpec[] => [
  {
    name: 'contact',
    label: '联系电话',
    hint: editing ? '仅认领人和商圈党委可见；修改时请重新填写' : '仅认领人和商圈党委可见，不会公开',
    required: true,
    className: 'wish-form__contact',
    type: 'tel',
    max: 11,
    placeholder: '11 位手机号',
  },
]

const TEXT_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: '心愿标题',
    required: true,
    className: 'wish-form__title',
    max: 30,
    counted: true,
    placeholder: '一句话说清心愿，如“想请人陪老伴去医院复查”',
  },
  {
    name: 'description',
    label: '心愿描述',
    required: true,
    className: 'wish-form__description',
    multiline: true,
    max: MAX_DESCRIPTION,
    placeholder: '需要什么帮助、什么时候、有什么要注意的（至少 10 个字）',
  },
]

const CATEGORY_CHOICE = {
  name: 'category',
  label: '心愿类别',
  required: true,
  chips: 'wish-category',
  choices: CATEGORY_CHOICES,
}

/** Submitting a wish, or editing a draft, returned or rejected one (`?id=`) and resubmitting it. */
export default function WishSubmitPage() {
  const { params } = useRouter()
  const editId = readParam(params.id)
  const visitor = useSignInOrHandover(
    editId ? withQuery(ROUTES.wishSubmit, { id: editId }) : ROUTES.wishSubmit,
  )
  const signedIn = visitor === 'signed-in'
  const existing = useRemoteData(
    () => api.wish.get({ wishId: editId }),
    [editId],
    signedIn && !!editId,
  )
  const [wishId, setWishId] = useState(editId || undefined)
  const form = useFieldValues({ title: '', description: '', contact: '' })
  const assignFields = form.assign
  const [category, setCategory] = useState<WishCategory>()
  const [photos, setPhotos] = useState<string[]>([])
  const [wantedBy, setWantedBy] = useState('')
  const [placeKind, setPlaceKind] = useState<PlaceKind>('area')
  const [area, setArea] = useState('')
  const [shop, setShop] = useState<PickedShop | null>(null)
  const askToSubscribe = useSubscribeAsk(['wish_reviewed', 'wish_claimed', 'wish_fulfilled'])
  const submit = useFormAction(
    SubmitWishInput,
    api.wish.submit,
    () => {
      Taro.showToast({ title: '心愿已提交，等待审核', icon: 'success' })
      Taro.redirectTo({ url: ROUTES.myWishes })
    },
    { beforeSend: askToSubscribe },
  )
  const draft = useAction(api.wish.saveDraft)
  const errors = { ...draft.fieldErrors, ...submit.fieldErrors }

  // Editing: start from what was saved. The contact comes back masked, so it is typed again.
  useEffect(() => {
    const w = existing.data
    if (!w) return
    assignFields({ title: w.title, description: w.description })
    setCategory(w.category ?? undefined)
    setPhotos(w.photos)
    setWantedBy(w.wantedBy ?? '')
    if (w.placeDetail?.kind === 'shop') {
      setPlaceKind('shop')
      setShop({ shopId: w.placeDetail.shopId, name: w.place })
    } else if (w.placeDetail?.kind === 'area') {
      setPlaceKind('area')
      setArea(w.placeDetail.area)
    }
  }, [existing.data, assignFields])

  const place = (): WishPlace | null => {
    if (placeKind === 'shop') return shop ? { kind: 'shop', shopId: shop.shopId } : null
    return area.trim() ? { kind: 'area', area } : null
  }
  const fields = () => ({
    wishId,
    title: form.values.title,
    description: form.values.description,
    category,
    photos,
    wantedBy: wantedBy || null,
    place: place(),
    contact: form.values.contact.trim() || null,
  })

  // An untyped area is checked as typed (its own message); a shop not yet chosen as no place.
  const send = () =>
    submit.submit({
      ...fields(),
      place: place() ?? (placeKind === 'area' ? { kind: 'area', area } : null),
    })

  const saveDraft = async () => {
    const input = draft.check(SaveWishDraftInput, { ...fields(), category: category ?? null })
    if (!input) return
    const saved = await draft.run(input)
    if (saved) {
      setWishId(saved.wishId)
      Taro.showToast({ title: '草稿已保存', icon: 'success' })
    }
  }

  if (!signedIn)
    return (
      <NotSignedInPage
        className="wish-submit"
        visitor={visitor}
        action="许愿"
        page={ROUTES.wishSubmit}
      />
    )
  // The form waits for the wish it edits.
  if (editId && (existing.loading || existing.error)) {
    return (
      <PageShell className="wish-submit">
        <LoadStates loaded={existing} messages={{ NOT_FOUND: '心愿不存在' }} />
      </PageShell>
    )
  }

  const reviewNote = existing.data?.reviewNote
  return (
    <PageShell className="wish-submit">
      <Text className="wish-submit__promise">
        写下您的小心愿，商圈党委审核后发布到心愿墙，由党员、商户或党组织认领帮您实现。心愿墙上只显示您的姓氏。
      </Text>
      {reviewNote && existing.data && ['returned', 'rejected'].includes(existing.data.status) ? (
        <Text className="section wish-submit__review-note">审核意见：{reviewNote}</Text>
      ) : null}

      <FormCard
        name="wish-form"
        className="section"
        action={{ ...submit, fieldErrors: errors }}
        submitLabel={editId ? '修改后重新提交' : '提交心愿'}
        onSubmit={send}
        buttons={
          <Button
            className="wish-form__draft"
            fill="outline"
            type="primary"
            block
            loading={draft.pending}
            onClick={saveDraft}
          >
            存草稿
          </Button>
        }
      >
        <FormFields fields={TEXT_FIELDS} form={form} />
        <ChoiceField spec={CATEGORY_CHOICE} value={category} onChange={setCategory} />
        <PhotoField spec={PHOTOS} value={photos} onChange={setPhotos} />
        <FormField
          name="wantedBy"
          label="希望实现日期（可选）"
          error={errors.wantedBy}
          hint="不选表示不限"
        >
          <DateField name="wish-wanted-by" value={wantedBy} onChange={setWantedBy} clearable />
        </FormField>
        <FormField
          name="place"
          label="地点"
          error={errors.place ?? errors['place.area'] ?? errors['place.shopId']}
          required
        >
          <ChoiceChips
            name="wish-place-kind"
            choices={PLACE_KINDS}
            value={placeKind}
            onChange={setPlaceKind}
          />
          {placeKind === 'area' ? (
            <Input
              className="wish-form__area"
              placeholder="如 步行街东段、幸福里小区"
              value={area}
              maxLength={40}
              onChange={setArea}
            />
          ) : (
            <ShopPicker name="wish-shop" value={shop} onChange={setShop} />
          )}
        </FormField>
        <FormFields fields={contactFields(!!editId)} form={form} />
      </FormCard>
    </PageShell>
  )
}
