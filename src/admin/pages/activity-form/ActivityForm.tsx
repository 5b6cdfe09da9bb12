import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_RULES,
  CreateActivityInput,
  UpdateActivityInput,
  type ActivityCategory,
} from '../../../../types/activity'
import { ChoiceChips, FlagChips, type Choice } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { PhotoUploader } from '../../../components/PhotoUploader'
import { useAction, zodFieldErrors } from '../../../hooks/use-action'
import type { FieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import type { RemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import type { ActivityView } from '../../../../types/activity'
import {
  EMPTY_DRAFT,
  draftOf,
  fieldsOf,
  missingChoices,
  type ActivityDraft,
  type CreditKind,
} from '../../activity-draft'
import { ActionForm } from '../../components/ActionForm'
import { ActivityPlaceFields } from '../../components/ActivityPlaceFields'
import { AudienceField, type BranchOption } from '../../components/AudienceField'
import { CancelActivityPanel } from '../../components/CancelActivityPanel'
import { DateTimeField } from '../../components/DateTimeField'
import { LeaderPicker } from '../../components/LeaderPicker'
import { ADMIN_ROUTES } from '../../routes'

const CATEGORY_CHOICES = (Object.keys(ACTIVITY_CATEGORIES) as ActivityCategory[]).map((value) => ({
  value,
  label: ACTIVITY_CATEGORIES[value],
}))
const WINDOW_CHOICES: Choice<'default' | 'custom'>[] = [
  { value: 'default', label: '发布后至活动开始' },
  { value: 'custom', label: '自定义报名时间' },
]
const CREDIT_CHOICES: Choice<CreditKind>[] = [
  { value: 'actual', label: '按实际服务时长' },
  { value: 'fixed', label: '固定时长' },
]
const INSURED_CHOICES: Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '已为志愿者购买保险' },
  { value: 'no', label: '未购买保险' },
]

/** The draft's fields typed as text into a box of their own. */
type TextKey = 'title' | 'description' | 'capacity' | 'notes'

const TITLE: FieldSpec = {
  name: 'title',
  label: '活动名称',
  className: 'console-input activity-form__name',
  placeholder: '如：美食街平安巡逻',
  max: 30,
  counted: true,
  required: true,
}
const DESCRIPTION: FieldSpec = {
  name: 'description',
  label: '服务内容',
  className: 'activity-form__description',
  placeholder: '做什么、怎么做、服务谁（至少 10 个字），会记入志愿服务记录',
  multiline: true,
  max: 1000,
  required: true,
}
const CAPACITY: FieldSpec = {
  name: 'capacity',
  label: '名额',
  className: 'console-input activity-form__capacity',
  type: 'number',
  placeholder: '人数',
  max: 3,
  hint: `满员后可候补，有人取消时候补第 1 位自动递补（最多 ${ACTIVITY_RULES.maxCapacity} 个名额）`,
  required: true,
}
const NOTES: FieldSpec = {
  name: 'notes',
  label: '注意事项（可选）',
  className: 'activity-form__notes',
  placeholder: '如：请穿红马甲、自带水杯；雨天照常',
  multiline: true,
  max: 300,
}

type MomentKey = 'start' | 'end' | 'opens' | 'closes'

/**
 * The draft's moments: the field the server names, the label, and the block class of the picker
 * (for tests); the sign-up window's ends may be left empty, and cleared.
 */
const MOMENTS: Record<
  MomentKey,
  { name: string; label: string; block: string; hint?: string; optional?: boolean }
> = {
  start: { name: 'startAt', label: '开始时间', block: 'activity-start' },
  end: { name: 'endAt', label: '结束时间', block: 'activity-end', hint: '一次活动最长 24 小时' },
  opens: {
    name: 'signUpOpensAt',
    label: '报名开始',
    block: 'activity-opens',
    hint: '不填为发布后即可报名',
    optional: true,
  },
  closes: {
    name: 'signUpClosesAt',
    label: '报名截止',
    block: 'activity-closes',
    hint: '不填为活动开始时',
    optional: true,
  },
}

function backToList(): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url: ADMIN_ROUTES.activities })
}

/** Creates (the series, when repeated) or saves the activity being edited. */
function saveActivity(
  activityId: string,
  input: CreateActivityInput | UpdateActivityInput,
  idempotencyKey: string,
): Promise<{ activityIds: string[] }> {
  if (activityId) {
    return api.activity.update(input as UpdateActivityInput, { idempotencyKey }).then(() => ({
      activityIds: [activityId],
    }))
  }
  return api.activity.create(input as CreateActivityInput, { idempotencyKey })
}

export type ActivityFormProps = {
  existing: ActivityView | undefined
  branches: RemoteData<BranchOption[]>
}

/** Every field of an activity, new or being edited, and 取消活动 for one that has not ended. */
export function ActivityForm({ existing, branches }: ActivityFormProps) {
  const activityId = existing?.activityId ?? ''
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    existing ? draftOf(existing) : EMPTY_DRAFT,
  )
  const [cancelling, setCancelling] = useState(false)
  const idempotency = useIdempotencyKey()
  const save = useAction(saveActivity)
  const errors = save.fieldErrors
  const signedUp = existing ? existing.confirmed + existing.waitlisted : 0

  // A secretary of one branch: that branch is the only choice, chosen already.
  useEffect(() => {
    const only = branches.data?.length === 1 ? branches.data[0].orgId : ''
    if (only)
      setDraft((d) => (d.audience.orgId ? d : { ...d, audience: { ...d.audience, orgId: only } }))
  }, [branches.data])

  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  /** A control's value and change handler for one field of the draft. */
  const bind = <K extends keyof ActivityDraft>(key: K) => ({
    value: draft[key],
    onChange: (value: ActivityDraft[K]) => set(key, value),
  })
  // The text fields, as FormFields holds them.
  const text: FieldValues<TextKey> = {
    values: draft,
    set: (key, value) => set(key, value),
    assign: (values) => setDraft((d) => ({ ...d, ...values })),
  }
  const textFields = (...fields: FieldSpec[]) => (
    <FormFields fields={fields} form={text} errors={errors} />
  )
  const moment = (key: MomentKey) => {
    const spec = MOMENTS[key]
    return (
      <FormField
        name={spec.name}
        label={spec.label}
        hint={spec.hint}
        error={errors[spec.name]}
        required={!spec.optional}
      >
        <DateTimeField name={spec.block} {...bind(key)} clearable={spec.optional} />
      </FormField>
    )
  }

  const submit = async () => {
    const value = activityId
      ? { ...fieldsOf(draft), activityId }
      : { ...fieldsOf(draft), repeatWeeks: Number(draft.repeatWeeks.trim() || '1') }
    // The server's schema, run here first so mistakes show under their fields at once.
    const parsed = (activityId ? UpdateActivityInput : CreateActivityInput).safeParse(value)
    if (!parsed.success) {
      save.setFieldErrors({ ...zodFieldErrors(parsed.error.issues), ...missingChoices(draft) })
      Taro.showToast({ title: '请按提示修改后再提交', icon: 'none' })
      return
    }
    const saved = await save.run(activityId, parsed.data, idempotency.key)
    if (!saved) return
    idempotency.renew()
    Taro.showToast({
      title: activityId
        ? signedUp
          ? '已保存，已通知报名的志愿者'
          : '活动已保存'
        : saved.activityIds.length > 1
          ? `已发布 ${saved.activityIds.length} 场活动`
          : '活动已发布',
      icon: 'success',
    })
    backToList()
  }

  const cancelled = () => {
    setCancelling(false)
    Taro.showToast({ title: '活动已取消', icon: 'success' })
    backToList()
  }

  const editable = existing && (existing.state === 'upcoming' || existing.state === 'ongoing')
  return (
    <>
      <View className="console-toolbar">
        <Text className="section__title console-toolbar__title activity-form__title">
          {activityId ? '编辑活动' : '发布活动'}
        </Text>
        <View className="console-toolbar__grow" />
        {editable ? (
          <Button
            className="activity-form__cancel-activity"
            type="danger"
            fill="outline"
            size="small"
            onClick={() => setCancelling(true)}
          >
            取消活动
          </Button>
        ) : null}
      </View>
      {signedUp ? (
        <Text className="section activity-form__notice">
          已有 {existing?.confirmed} 人报名、{existing?.waitlisted}{' '}
          人候补。保存修改后，每一位报名和候补的志愿者都会收到活动变更通知。
        </Text>
      ) : null}
      <View className="card activity-form__card">
        <ActionForm
          className="activity-form"
          action={save}
          submitLabel={activityId ? '保存修改' : '发布活动'}
          onSubmit={submit}
          onCancel={backToList}
          cancelClassName="activity-form__back"
          size="normal"
          aside={
            save.formError ? (
              <Text className="console-table__alert activity-form__error">{save.formError}</Text>
            ) : null
          }
        >
          <Text className="activity-form__group">活动内容</Text>
          {textFields(TITLE)}
          <FormField name="category" label="活动类别" error={errors.category} required>
            <ChoiceChips
              name="activity-category"
              choices={CATEGORY_CHOICES}
              {...bind('category')}
            />
          </FormField>
          {textFields(DESCRIPTION)}
          <FormField name="cover" label="封面图（可选）" error={errors.cover}>
            <PhotoUploader name="activity-cover" folder="activities" max={1} {...bind('cover')} />
          </FormField>

          <Text className="activity-form__group">时间与名额</Text>
          {moment('start')}
          {moment('end')}
          {textFields(CAPACITY)}
          {activityId ? null : (
            <FormField
              name="repeatWeeks"
              label="每周重复"
              error={errors.repeatWeeks}
              hint={`1 表示只发布这一场；填 N 则每周同一时间共发布 N 场（最多 ${ACTIVITY_RULES.maxRepeatWeeks} 周）`}
            >
              <View className="activity-form__inline">
                <Input
                  className="console-input activity-form__repeat"
                  type="number"
                  maxLength={2}
                  {...bind('repeatWeeks')}
                />
                <Text className="console-table__muted">周</Text>
              </View>
            </FormField>
          )}
          <FormField name="signUpWindow" label="报名时间">
            <FlagChips
              name="activity-window"
              choices={WINDOW_CHOICES}
              yes="custom"
              {...bind('customWindow')}
            />
          </FormField>
          {draft.customWindow ? (
            <View className="activity-form__window">
              {moment('opens')}
              {moment('closes')}
            </View>
          ) : null}

          <Text className="activity-form__group">地点与签到</Text>
          <ActivityPlaceFields {...bind('place')} errors={errors} />

          <Text className="activity-form__group">报名与负责人</Text>
          <FormField
            name="audience"
            label="报名范围"
            error={errors.audience ?? errors['audience.orgId'] ?? errors['audience.kind']}
            required
          >
            <AudienceField {...bind('audience')} branches={branches} />
          </FormField>
          <FormField
            name="leaderIds"
            label="负责人（最多 5 位）"
            error={errors.leaderIds}
            hint="负责人出示签到码、登记出勤、确认时长"
          >
            <LeaderPicker
              {...bind('leaders')}
              emptyText={activityId ? '未选择：保持原负责人' : '未选择：由发布人担任负责人'}
            />
          </FormField>
          <FormField name="creditHours" label="记录时长" error={errors.creditHours} required>
            <ChoiceChips name="activity-credit" choices={CREDIT_CHOICES} {...bind('credit')} />
            {draft.credit === 'fixed' ? (
              <View className="activity-form__inline activity-form__credit-row">
                <Input
                  className="console-input activity-form__credit-hours"
                  type="digit"
                  placeholder="如 2 或 2.5"
                  maxLength={4}
                  {...bind('creditHours')}
                />
                <Text className="console-table__muted">
                  小时（以半小时为单位，实际服务更短时按实际计）
                </Text>
              </View>
            ) : (
              <Text className="console-form__hint">
                按签到到签退的实际时间计算，不超过活动时间，以半小时为单位
              </Text>
            )}
          </FormField>

          <Text className="activity-form__group">其他</Text>
          {textFields(NOTES)}
          <FormField name="insured" label="保险" error={errors.insured}>
            <FlagChips
              name="activity-insured"
              choices={INSURED_CHOICES}
              yes="yes"
              {...bind('insured')}
            />
          </FormField>
        </ActionForm>
      </View>
      {cancelling && existing ? (
        <CancelActivityPanel
          activityId={existing.activityId}
          title={existing.title}
          signedUp={signedUp}
          onCancelled={cancelled}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </>
  )
}
