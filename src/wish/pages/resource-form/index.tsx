import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PublishResourceInput } from '../../../../types/resource'
import type { WishCategory } from '../../../../types/wish'
import { ROUTES, withQuery } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useFormAction } from '../../../hooks/use-form-action'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import { useSubscribeAsk } from '../../../hooks/use-subscribe-ask'
import { useCapacities } from '../../hooks/use-capacities'
import { ActingAsField } from '../../components/ActingAsPicker'
import { DateField } from '../../components/DateField'
import { CATEGORY_CHOICES } from '../../category-choices'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'
import './index.scss'

const DETAIL_FIELDS: FieldSpec[] = [
  {
    name: 'description',
    label: '资源说明',
    required: true,
    className: 'resource-form__description',
    multiline: true,
    max: 300,
    placeholder: '能提供什么、怎么联系、需要提前多久约（至少 10 个字）',
  },
  {
    name: 'areas',
    label: '服务区域（可选）',
    hint: '多个区域用顿号隔开；不填表示全商圈',
    className: 'resource-form__areas',
    placeholder: '如 一楼、步行街东段',
  },
  {
    name: 'capacityPerMonth',
    label: '每月可服务次数',
    required: true,
    className: 'resource-form__capacity',
    type: 'number',
    max: 3,
    placeholder: '如 4',
  },
  {
    name: 'conditions',
    label: '条件（可选）',
    className: 'resource-form__conditions',
    multiline: true,
    max: 200,
    placeholder: '如 仅限 70 岁以上老人，需提前一天预约',
  },
]

const TITLE_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: '资源名称',
    required: true,
    className: 'resource-form__title',
    max: 30,
    counted: true,
    placeholder: '如 每月为老人义务理发',
  },
]

const CATEGORY_CHOICE = {
  name: 'category',
  label: '类别',
  required: true,
  chips: 'resource-category',
  choices: CATEGORY_CHOICES,
}

/** Areas typed as one line: 一楼、步行街东段 (commas, 顿号 or spaces between them). */
function splitAreas(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((a) => a.trim())
    .filter(Boolean)
}

/** 发布资源: a member, a merchant for a shop or a secretary for a branch offers help. */
export default function ResourceFormPage() {
  const signedIn = useRequireSignIn(ROUTES.resourcePublish)
  const actingAs = useCapacities(signedIn)
  const form = useFieldValues({
    title: '',
    description: '',
    areas: '',
    capacityPerMonth: '',
    conditions: '',
  })
  const [category, setCategory] = useState<WishCategory>()
  const [validUntil, setValidUntil] = useState('')
  const askToSubscribe = useSubscribeAsk(['resource_reviewed', 'resource_matched'])
  const publish = useFormAction(
    PublishResourceInput,
    api.resource.publish,
    () => {
      Taro.showToast({ title: '已提交，等待商圈党委审核', icon: 'none' })
      Taro.redirectTo({ url: withQuery(ROUTES.resources, { tab: 'mine' }) })
    },
    { beforeSend: askToSubscribe },
  )
  const errors = publish.fieldErrors

  const send = () =>
    publish.submit({
      as: actingAs.as,
      title: form.values.title,
      category,
      description: form.values.description,
      areas: splitAreas(form.values.areas),
      capacityPerMonth: form.values.capacityPerMonth.trim()
        ? Number(form.values.capacityPerMonth)
        : undefined,
      conditions: form.values.conditions,
      validUntil,
    })

  if (!signedIn) return <PageShell className="resource-publish" />
  if (actingAs.loading) {
    return (
      <PageShell className="resource-publish">
        <LoadingState />
      </PageShell>
    )
  }
  if (actingAs.error) {
    return (
      <PageShell className="resource-publish">
        <ErrorState message={actingAs.error.message} onRetry={actingAs.reload} />
      </PageShell>
    )
  }
  if (!actingAs.capacities.length) {
    return (
      <PageShell className="resource-publish">
        <EmptyState
          text="认证党员、商户和支部书记可以发布资源"
          hint="在“我的”中登记党员身份或认领店铺后再来"
        />
      </PageShell>
    )
  }

  return (
    <PageShell className="resource-publish">
      <Text className="resource-publish__intro">
        把您能提供的帮助告诉商圈：商圈党委审核后列入资源清单，有相符的心愿时会联系您。
      </Text>
      <FormCard
        name="resource-form"
        className="section"
        action={publish}
        submitLabel="提交审核"
        onSubmit={send}
      >
        <ActingAsField
          name="resource-as"
          label="以什么身份发布"
          actingAs={actingAs}
          error={errors.as ?? errors['as.kind']}
        />
        <FormFields fields={TITLE_FIELDS} form={form} />
        <ChoiceField spec={CATEGORY_CHOICE} value={category} onChange={setCategory} />
        <FormFields fields={DETAIL_FIELDS} form={form} />
        <FormField name="validUntil" label="有效期至" error={errors.validUntil} required>
          <DateField name="resource-valid-until" value={validUntil} onChange={setValidUntil} />
        </FormField>
      </FormCard>
    </PageShell>
  )
}
