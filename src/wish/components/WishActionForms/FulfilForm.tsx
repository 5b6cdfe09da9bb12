import { useState } from 'react'
import { FulfilWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { PhotoField, optionalPhotos } from '../../../components/PhotoField'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import type { WishFormProps } from './wish-form-props'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

const PHOTOS = optionalPhotos('fulfil-photos', 'wishes', 6)

const NOTE_FIELDS: FieldSpec[] = [
  {
    name: 'note',
    required: true,
    className: 'fulfil-form__note',
    multiline: true,
    max: 500,
    placeholder: '如：已陪同老人到社区医院完成复查',
  },
]

/** 标记已实现: what was done and photos; the wisher then confirms. */
export function FulfilForm({ wishId, onDone }: WishFormProps) {
  const form = useFieldValues({ note: '' })
  const [photos, setPhotos] = useState<string[]>([])
  const fulfil = useFormAction(FulfilWishInput, api.wish.fulfil, (view) =>
    onDone(view, '已标记实现，等待心愿人确认'),
  )

  return (
    <FormCard
      name="fulfil-form"
      className="section"
      title="心愿已实现"
      hint="说明做了什么，附上照片；心愿人确认后心愿墙显示为已实现。"
      action={fulfil}
      submitLabel="标记已实现"
      onSubmit={() => fulfil.submit({ wishId, ...form.values, photos })}
    >
      <FormFields fields={NOTE_FIELDS} form={form} />
      <PhotoField spec={PHOTOS} value={photos} onChange={setPhotos} />
    </FormCard>
  )
}
