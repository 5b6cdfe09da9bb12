import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  DispatchWishInput,
  HOLDER_KIND_LABELS,
  type DispatchTarget,
  type HolderKind,
} from '../../../../types/wish'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'
import { ActionForm } from '../ActionForm'
import { WishDayField, dayFromToday } from '../WishDayField'
import { WishSuggestions, type SuggestedResource } from '../WishSuggestions'
import { BranchChoices, SearchedChoices, type Target } from './DispatchTargets'
import type { WishFormProps } from './form-props'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

const KINDS: { value: HolderKind; label: string }[] = [
  { value: 'branch', label: HOLDER_KIND_LABELS.branch },
  { value: 'merchant', label: HOLDER_KIND_LABELS.merchant },
  { value: 'member', label: HOLDER_KIND_LABELS.member },
]

const SHORTCUTS = [
  { label: '3 天', days: 3 },
  { label: '7 天', days: 7 },
  { label: '14 天', days: 14 },
]

const NOTE_FIELDS: FieldSpec[] = [
  {
    name: 'note',
    label: '说明（可不填）',
    className: 'dispatch-form__note',
    multiline: true,
    max: 200,
    placeholder: '给承接方的说明',
  },
]

function targetOf(kind: HolderKind, id: string): DispatchTarget {
  if (kind === 'member') return { kind, userId: id }
  if (kind === 'merchant') return { kind, shopId: id }
  return { kind, orgId: id }
}

function targetId(target: DispatchTarget): string {
  if (target.kind === 'member') return target.userId
  if (target.kind === 'merchant') return target.shopId
  return target.orgId
}

/**
 * 派单: an open wish to a branch, a merchant's shop or a verified member, to be fulfilled by the
 * end of a day; choosing a suggested resource also picks its owner.
 */
export function DispatchForm({ wish, onChanged }: WishFormProps) {
  const [kind, setKind] = useState<HolderKind>('branch')
  const [target, setTarget] = useState<Target>()
  const [resource, setResource] = useState<SuggestedResource>()
  const [deadline, setDeadline] = useState(() => wish.wantedBy ?? dayFromToday(7))
  const form = useFieldValues({ note: '' })
  const dispatch = useAction(api.wish.dispatch)
  const idempotency = useIdempotencyKey()
  const errors = dispatch.fieldErrors

  const chooseKind = (next: HolderKind) => {
    if (next === kind) return
    setKind(next)
    setTarget(undefined)
  }

  const chooseResource = (r: SuggestedResource) => {
    if (resource?.resourceId === r.resourceId) return setResource(undefined)
    setResource(r)
    setKind(r.target.kind)
    setTarget({ id: targetId(r.target), name: r.owner.name })
  }

  const submit = async () => {
    if (!target) return dispatch.setFieldErrors({ to: '请选择承接对象' })
    const input = dispatch.check(DispatchWishInput, {
      wishId: wish.wishId,
      to: targetOf(kind, target.id),
      deadline,
      resourceId: resource?.resourceId,
      ...form.values,
    })
    if (!input) return
    if (input.deadline < dayFromToday(0)) {
      return dispatch.setFieldErrors({ deadline: '期限不能早于今天' })
    }
    const next = await dispatch.run(input, { idempotencyKey: idempotency.key })
    if (next) {
      idempotency.renew()
      onChanged(next, '已派单')
    }
  }

  const targetError = errors.to ?? errors['to.orgId'] ?? errors['to.shopId'] ?? errors['to.userId']
  const choose = (t: Target) => setTarget(t)

  return (
    <ActionForm
      className="dispatch-form"
      title="派单"
      action={dispatch}
      submitLabel="派单"
      onSubmit={submit}
    >
      <FormField
        name="resourceId"
        label="可用资源（可选，选中即派给资源提供方）"
        error={errors.resourceId}
      >
        <WishSuggestions
          wishId={wish.wishId}
          chosen={resource?.resourceId}
          onChoose={chooseResource}
        />
      </FormField>
      <FormField name="to" label="承接对象" error={targetError} required>
        <ChoiceChips name="dispatch-kind" choices={KINDS} value={kind} onChange={chooseKind} />
        <View className="dispatch-form__targets">
          {kind === 'branch' ? <BranchChoices value={target?.id} onChange={choose} /> : null}
          {kind === 'merchant' || kind === 'member' ? (
            // Keyed by kind: another kind starts a new search.
            <SearchedChoices key={kind} kind={kind} value={target?.id} onChange={choose} />
          ) : null}
        </View>
        {target ? (
          <Text className="console-form__hint dispatch-form__chosen">
            派给：{HOLDER_KIND_LABELS[kind]} · {target.name}
          </Text>
        ) : null}
      </FormField>
      <FormField
        name="deadline"
        label="完成期限"
        hint="承接方须在 48 小时内接单，并在期限当天结束前实现；逾期退回心愿墙并标记"
        error={errors.deadline}
        required
      >
        <WishDayField
          name="dispatch-deadline"
          value={deadline}
          start={dayFromToday(0)}
          shortcuts={SHORTCUTS}
          onChange={setDeadline}
        />
      </FormField>
      <FormFields fields={NOTE_FIELDS} form={form} errors={errors} />
    </ActionForm>
  )
}
