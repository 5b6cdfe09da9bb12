import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { RATING_TAGS, RateShopInput } from '../../../../types/rating'
import type { ActionOutput } from '../../../../types/api'
import { ItemPageShell, PageShell } from '../../../components/PageShell'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { StarPicker } from '../../../components/StarPicker'
import { starText } from '../../../components/IntegrityBadge'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useFormAction } from '../../../hooks/use-form-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useShopAction } from '../../../hooks/use-shop-param'
import { api } from '../../../services/call-function'
import { myRating } from '../../../services/rating'
import { ROUTES, shopUrl } from '../../../constants/routes'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'
import { NotSignedIn } from '../../../components/WeChatHandover'
import './index.scss'

type RateResult = ActionOutput<'rating', 'rate'>

type Tag = (typeof RATING_TAGS)[number]
const MAX_TAGS = 5
const MAX_TEXT = 200
const TAG_CHOICES = RATING_TAGS.map((tag) => ({ value: tag, label: tag }))

/** What the shopper reads after submitting, by what the server did with the rating. */
const RESULT_MESSAGES: Record<RateResult['status'], string> = {
  public: '评价成功',
  held: '评价已提交，待审核后显示',
  text_rejected: '评分已计入，文字未通过内容审核',
}

const TEXT_FIELDS: FieldSpec[] = [
  {
    name: 'text',
    label: '说说您的感受（可选）',
    className: 'rate-text',
    multiline: true,
    max: MAX_TEXT,
    placeholder: '评价内容经审核后公开展示，请文明用语',
  },
]

const TAGS_CHOICE = {
  name: 'tags',
  label: '印象标签（可选）',
  chips: 'rate-tags',
  choices: TAG_CHOICES,
}

export default function RatePage() {
  const { shopId, visitor, signedIn, shop } = useShopAction(ROUTES.rate)
  const previous = useRemoteData(() => myRating(shopId), [shopId], signedIn && !!shopId)
  const [stars, setStars] = useState(0)
  const [tags, setTags] = useState<Tag[]>([])
  const form = useFieldValues({ text: '' })
  const setField = form.set
  const [result, setResult] = useState<RateResult>()
  const submit = useFormAction(RateShopInput, api.rating.rate, (res) => {
    setResult(res)
    Taro.showToast({ title: RESULT_MESSAGES[res.status], icon: 'none', duration: 2000 })
  })

  // Start from last time's rating, so changing one's mind is a small edit.
  useEffect(() => {
    const earlier = previous.data
    if (!earlier) return
    setStars(earlier.stars)
    setTags(earlier.tags.filter((t): t is Tag => (RATING_TAGS as readonly string[]).includes(t)))
    setField('text', earlier.text)
  }, [previous.data, setField])

  const pickTags = (picked: Tag[]) => {
    if (picked.length <= MAX_TAGS) setTags(picked)
    else Taro.showToast({ title: `最多选 ${MAX_TAGS} 个标签`, icon: 'none' })
  }

  const send = () =>
    submit.submit({
      shopId,
      stars: stars || undefined,
      tags,
      text: form.values.text,
    })

  if (visitor !== 'signed-in') {
    return (
      <ItemPageShell className="rate" id={shopId} missing="缺少店铺编号">
        {shop.data ? <Text className="rate__shop">{shop.data.name}</Text> : null}
        {shop.error ? (
          <ErrorState message={shop.error.message} onRetry={shop.reload} />
        ) : (
          <NotSignedIn visitor={visitor} action="评价" page={ROUTES.rate} query={{ shopId }} />
        )}
      </ItemPageShell>
    )
  }

  if (result) {
    return (
      <PageShell className="rate">
        <RateResultCard result={result} shopId={shopId} />
      </PageShell>
    )
  }

  return (
    <ItemPageShell className="rate" id={shopId} missing="缺少店铺编号" signedIn={signedIn}>
      {shop.data ? <Text className="rate__shop">{shop.data.name}</Text> : null}
      {shop.error ? <ErrorState message={shop.error.message} onRetry={shop.reload} /> : null}
      {previous.loading ? <LoadingState /> : null}
      {previous.data ? (
        <View className="card rate-previous">
          <Text className="rate-previous__title">
            您本月已评价过：{starText(previous.data.stars)}
          </Text>
          <Text className="rate-previous__hint">再次提交将替换本月的这条评价（每月一次）</Text>
        </View>
      ) : null}

      <FormCard
        name="rate-form"
        className="section"
        action={submit}
        submitLabel="提交评价"
        onSubmit={send}
      >
        <FormField name="stars" label="打分" error={submit.fieldErrors.stars} required>
          <StarPicker name="rate-stars" value={stars} onChange={setStars} />
        </FormField>
        <ChoiceField spec={TAGS_CHOICE} multiple value={tags} onChange={pickTags} />
        <FormFields fields={TEXT_FIELDS} form={form} />
      </FormCard>
    </ItemPageShell>
  )
}

/** What became of the rating, and the way back to the shop. */
function RateResultCard({ result, shopId }: { result: RateResult; shopId: string }) {
  return (
    <View className="card rate-result" data-status={result.status}>
      <Text className="rate-result__title">{RESULT_MESSAGES[result.status]}</Text>
      {result.replaced ? (
        <Text className="rate-result__hint">已替换您本月对该店的上一次评价</Text>
      ) : null}
      <Button
        className="rate-result__back"
        type="primary"
        block
        onClick={() => Taro.navigateBack().catch(() => Taro.redirectTo({ url: shopUrl(shopId) }))}
      >
        返回店铺
      </Button>
    </View>
  )
}
