import { useState } from 'react'
import { Input } from '@nutui/nutui-react-taro'
import { SubmitWishInput, WISH_CATEGORIES, type WishCategory } from '../../../../types/wish'
import { FormField } from '../../../components/FormField'
import { PhotoUploader } from '../../../components/PhotoUploader'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import { ActionForm } from '../ActionForm'
import { WishDayField, dayFromToday } from '../WishDayField'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'

const CATEGORIES = (Object.keys(WISH_CATEGORIES) as WishCategory[]).map((value) => ({
  value,
  label: WISH_CATEGORIES[value],
}))

export type WishProxyFormProps = {
  onSubmitted: (wishId: string) => void
  onCancel: () => void
}

const CONTACT_FIELDS: FieldSpec[] = [
  {
    name: 'contact',
    label: '联系电话（可不填）',
    hint: '仅认领人与商圈党委可见',
    className: 'console-input wish-proxy-form__contact',
    type: 'tel',
    max: 11,
    placeholder: '没有手机可不填',
  },
]

const FIELDS: FieldSpec[] = [
  {
    name: 'onBehalf.name',
    label: '心愿人称呼',
    required: true,
    className: 'console-input wish-proxy-form__name',
    max: 20,
    placeholder: '如：李奶奶',
  },
  {
    name: 'onBehalf.source',
    label: '来源',
    required: true,
    className: 'console-input wish-proxy-form__source',
    max: 60,
    placeholder: '如：社区走访、电话反映',
  },
  {
    name: 'title',
    label: '心愿标题',
    required: true,
    className: 'console-input wish-proxy-form__title',
    max: 30,
    placeholder: '4–30 个字',
  },
  {
    name: 'description',
    label: '心愿描述',
    required: true,
    className: 'wish-proxy-form__description',
    multiline: true,
    max: 500,
    placeholder: '需要什么帮助、什么时候方便',
  },
]

const CATEGORY_CHOICE = {
  name: 'category',
  label: '类别',
  required: true,
  chips: 'wish-proxy-category',
  choices: CATEGORIES,
}

/**
 * 代录: the committee enters a wish for someone without a phone (an elderly resident met on a
 * visit). The source is noted; the phone may stay empty; the committee confirms it when fulfilled.
 */
export function WishProxyForm({ onSubmitted, onCancel }: WishProxyFormProps) {
  const form = useFieldValues({
    'onBehalf.name': '',
    'onBehalf.source': '',
    title: '',
    description: '',
    contact: '',
  })
  const [category, setCategory] = useState<WishCategory>()
  const [area, setArea] = useState('')
  const [wantedBy, setWantedBy] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const submit = useFormAction(SubmitWishInput, api.wish.submit, (result) =>
    onSubmitted(result.wishId),
  )
  const errors = submit.fieldErrors

  const send = () => {
    const { values } = form
    return submit.submit({
      title: values.title,
      description: values.description,
      category,
      photos,
      wantedBy: wantedBy || null,
      place: { kind: 'area', area },
      contact: values.contact.trim() || null,
      onBehalf: { name: values['onBehalf.name'], source: values['onBehalf.source'] },
    })
  }

  return (
    <ActionForm
      className="wish-proxy-form"
      action={submit}
      submitLabel="提交代录心愿"
      onSubmit={send}
      onCancel={onCancel}
    >
      <FormFields fields={FIELDS} form={form} errors={errors} />
      <ChoiceField spec={CATEGORY_CHOICE} value={category} onChange={setCategory} errors={errors} />
      <FormField name="photos" label="照片（可不填，最多 3 张）" error={errors.photos}>
        <PhotoUploader
          name="wish-proxy-photos"
          folder="wishes"
          max={3}
          value={photos}
          onChange={setPhotos}
        />
      </FormField>
      <FormField
        name="place.area"
        label="地点"
        error={errors['place.area'] ?? errors.place}
        required
      >
        <Input
          className="console-input wish-proxy-form__area"
          value={area}
          maxLength={40}
          placeholder="如：红星社区三号楼"
          onChange={setArea}
        />
      </FormField>
      <FormField name="wantedBy" label="希望实现日期（可不填）" error={errors.wantedBy}>
        <WishDayField
          name="wish-proxy-wanted-by"
          value={wantedBy}
          start={dayFromToday(0)}
          onChange={setWantedBy}
        />
      </FormField>
      <FormFields fields={CONTACT_FIELDS} form={form} errors={errors} />
    </ActionForm>
  )
}
