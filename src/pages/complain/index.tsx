import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Switch, TextArea } from '@nutui/nutui-react-taro'
import {
  COMPLAINT_CATEGORIES,
  FileComplaintInput,
  type ComplaintCategory,
} from '../../../types/complaint'
import { PageShell } from '../../components/PageShell'
import { FieldError } from '../../components/FieldError'
import { PhotoUploader } from '../../components/PhotoUploader'
import { ErrorState } from '../../components/StateViews'
import { useAction } from '../../hooks/use-action'
import { useIdempotencyKey } from '../../hooks/use-idempotency-key'
import { useRemoteData } from '../../hooks/use-remote-data'
import { useRequireSignIn } from '../../hooks/use-require-sign-in'
import { getShop } from '../../services/shop'
import { fileComplaint } from '../../services/complaint'
import { ROUTES, complaintUrl, withShop } from '../../constants/routes'
import { readParam } from '../../utils/params'
import './index.scss'

const MAX_DESCRIPTION = 500
const MAX_PHOTOS = 3
const CATEGORIES = Object.entries(COMPLAINT_CATEGORIES) as [ComplaintCategory, string][]

export default function ComplainPage() {
  const { params } = useRouter()
  const shopId = readParam(params.shopId)
  const signedIn = useRequireSignIn(withShop(ROUTES.complain, shopId))
  const shop = useRemoteData(() => getShop(shopId), [shopId], signedIn && !!shopId)
  const [category, setCategory] = useState<ComplaintCategory>()
  const [description, setDescription] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [contact, setContact] = useState('')
  const [anonymous, setAnonymous] = useState(false)
  const idempotency = useIdempotencyKey()
  const submit = useAction(fileComplaint)
  const errors = submit.fieldErrors

  const send = async () => {
    // The server's schema, run here first so mistakes show under their fields at once.
    const input = submit.check(FileComplaintInput, {
      shopId,
      category,
      description,
      photos,
      contact: contact.trim() || undefined,
      anonymous,
    })
    if (!input) return
    const filed = await submit.run(input, { idempotencyKey: idempotency.key })
    if (filed) {
      Taro.showToast({ title: '投诉已提交', icon: 'success' })
      Taro.redirectTo({ url: complaintUrl(filed.complaintId) })
    }
  }

  if (!signedIn) return <PageShell className="complain">{null}</PageShell>
  if (!shopId) {
    return (
      <PageShell className="complain">
        <ErrorState message="缺少店铺编号" />
      </PageShell>
    )
  }

  return (
    <PageShell className="complain">
      {shop.data ? <Text className="complain__shop">投诉店铺：{shop.data.name}</Text> : null}
      {shop.error ? <ErrorState message={shop.error.message} onRetry={shop.reload} /> : null}
      <Text className="complain__promise">
        商圈党委受理每一件投诉，交办、督办并向您反馈结果；投诉不会被删除。
      </Text>

      <View className="section card complain-form">
        <Text className="section__title">投诉类别</Text>
        <View className="complaint-category">
          {CATEGORIES.map(([value, label]) => (
            <Text
              key={value}
              data-value={value}
              className={`complaint-category__item${category === value ? ' complaint-category__item--active' : ''}`}
              onClick={() => setCategory(value)}
            >
              {label}
            </Text>
          ))}
        </View>
        <FieldError field="category" message={errors.category} />

        <Text className="section__title complain-form__subtitle">问题描述</Text>
        <TextArea
          className="complain-description"
          value={description}
          maxLength={MAX_DESCRIPTION}
          showCount
          placeholder="请描述时间、经过和您遇到的问题（至少 10 个字）"
          onChange={setDescription}
        />
        <FieldError field="description" message={errors.description} />

        <Text className="section__title complain-form__subtitle">照片（可选，最多 3 张）</Text>
        <PhotoUploader
          name="complaint-photos"
          folder="complaints"
          max={MAX_PHOTOS}
          value={photos}
          onChange={setPhotos}
        />
        <FieldError field="photos" message={errors.photos} />

        <Text className="section__title complain-form__subtitle">联系电话（可选）</Text>
        <Input
          className="complain-contact"
          type="tel"
          placeholder="便于商圈党委联系您，仅党委可见"
          value={contact}
          maxLength={11}
          onChange={setContact}
        />
        <FieldError field="contact" message={errors.contact} />

        <View className="complain-anonymous">
          <View className="complain-anonymous__text">
            <Text className="complain-anonymous__label">匿名投诉</Text>
            <Text className="complain-anonymous__hint">
              商户和公众看不到您的身份，商圈党委仍可联系您
            </Text>
          </View>
          <Switch
            className="complain-anonymous__switch"
            checked={anonymous}
            onChange={setAnonymous}
          />
        </View>

        {submit.error && Object.keys(submit.fieldErrors).length === 0 ? (
          <Text className="complain-form__error">{submit.error.message}</Text>
        ) : null}
        <Button
          className="complain-form__submit"
          type="primary"
          block
          loading={submit.pending}
          onClick={send}
        >
          提交投诉
        </Button>
      </View>
    </PageShell>
  )
}
