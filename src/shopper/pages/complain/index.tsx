import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Switch } from '@nutui/nutui-react-taro'
import {
  COMPLAINT_CATEGORIES,
  FileComplaintInput,
  type ComplaintCategory,
} from '../../../../types/complaint'
import { ItemPageShell } from '../../../components/PageShell'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { PhotoField, optionalPhotos } from '../../../components/PhotoField'
import { ErrorState } from '../../../components/StateViews'
import { useFormAction } from '../../../hooks/use-form-action'
import { useShopAction } from '../../../hooks/use-shop-param'
import { api } from '../../../services/call-function'
import { useSubscribeAsk } from '../../../hooks/use-subscribe-ask'
import { ROUTES, complaintUrl } from '../../../constants/routes'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'
import { NotSignedIn } from '../../../components/WeChatHandover'
import './index.scss'

const MAX_DESCRIPTION = 500
const PHOTOS = optionalPhotos('complaint-photos', 'complaints', 3)
const CATEGORIES = (Object.entries(COMPLAINT_CATEGORIES) as [ComplaintCategory, string][]).map(
  ([value, label]) => ({ value, label }),
)

const CONTACT_FIELDS: FieldSpec[] = [
  {
    name: 'contact',
    label: '联系电话（可选）',
    className: 'complain-contact',
    type: 'tel',
    max: 11,
    placeholder: '便于商圈党委联系您，仅党委可见',
  },
]

const DESCRIPTION_FIELDS: FieldSpec[] = [
  {
    name: 'description',
    label: '问题描述',
    required: true,
    className: 'complain-description',
    multiline: true,
    max: MAX_DESCRIPTION,
    placeholder: '请描述时间、经过和您遇到的问题（至少 10 个字）',
  },
]

const CATEGORY_CHOICE = {
  name: 'category',
  label: '投诉类别',
  required: true,
  chips: 'complaint-category',
  choices: CATEGORIES,
}

export default function ComplainPage() {
  const { shopId, visitor, signedIn, shop } = useShopAction(ROUTES.complain)
  const [category, setCategory] = useState<ComplaintCategory>()
  const form = useFieldValues({ description: '', contact: '' })
  const [photos, setPhotos] = useState<string[]>([])
  const [anonymous, setAnonymous] = useState(false)
  // What the complainant will want to hear about next, asked while the tap still counts.
  const askToSubscribe = useSubscribeAsk([
    'complaint_accepted',
    'complaint_assigned',
    'complaint_handled',
  ])
  const submit = useFormAction(
    FileComplaintInput,
    api.complaint.file,
    (filed) => {
      Taro.showToast({ title: '投诉已提交', icon: 'success' })
      Taro.redirectTo({ url: complaintUrl(filed.complaintId) })
    },
    { beforeSend: askToSubscribe },
  )

  const send = () =>
    submit.submit({
      shopId,
      category,
      description: form.values.description,
      photos,
      contact: form.values.contact.trim() || undefined,
      anonymous,
    })

  if (visitor !== 'signed-in') {
    return (
      <ItemPageShell className="complain" id={shopId} missing="缺少店铺编号">
        {shop.data ? <Text className="complain__shop">投诉店铺：{shop.data.name}</Text> : null}
        {shop.error ? (
          <ErrorState message={shop.error.message} onRetry={shop.reload} />
        ) : (
          <NotSignedIn visitor={visitor} action="投诉" page={ROUTES.complain} query={{ shopId }} />
        )}
      </ItemPageShell>
    )
  }

  return (
    <ItemPageShell className="complain" id={shopId} missing="缺少店铺编号" signedIn={signedIn}>
      {shop.data ? <Text className="complain__shop">投诉店铺：{shop.data.name}</Text> : null}
      {shop.error ? <ErrorState message={shop.error.message} onRetry={shop.reload} /> : null}
      <Text className="complain__promise">
        商圈党委受理每一件投诉，交办、督办并向您反馈结果；投诉不会被删除。
      </Text>

      <FormCard
        name="complain-form"
        className="section"
        action={submit}
        submitLabel="提交投诉"
        onSubmit={send}
      >
        <ChoiceField spec={CATEGORY_CHOICE} value={category} onChange={setCategory} />
        <FormFields fields={DESCRIPTION_FIELDS} form={form} />
        <PhotoField spec={PHOTOS} value={photos} onChange={setPhotos} />
        <FormFields fields={CONTACT_FIELDS} form={form} />
        <FormField
          name="anonymous"
          label="匿名投诉"
          hint="商户和公众看不到您的身份，商圈党委仍可联系您"
          layout="inline"
          className="complain-anonymous"
        >
          <Switch
            className="complain-anonymous__switch"
            checked={anonymous}
            onChange={setAnonymous}
          />
        </FormField>
      </FormCard>
    </ItemPageShell>
  )
}
