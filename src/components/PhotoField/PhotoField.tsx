import type { PhotoFolder } from '../../../types/photos'
import { useFieldErrors, type FieldErrors } from '../FormCard'
import { FormField } from '../FormField'
import { PhotoUploader } from '../PhotoUploader'

/** A form's photos field, stated once as data: its name, label, uploader and limit. */
export type PhotoSpec = {
  /** The field's name in the action's input, its error's `data-field`: `photos` unless said. */
  name?: string
  label: string
  /** The uploader's block class, for tests (`wish-photos`). */
  uploader: string
  /** Storage folder, e.g. `complaints` or `shops`. */
  folder: PhotoFolder
  /** The most photos the field takes. */
  max: number
}

/** The usual photos field: optional, its label saying how many it takes. */
export function optionalPhotos(uploader: string, folder: PhotoFolder, max: number): PhotoSpec {
  return { label: `照片（可选，最多 ${max} 张）`, uploader, folder, max }
}

export type PhotoFieldProps = {
  spec: PhotoSpec
  /** Stored file ids, in order. */
  value: string[]
  onChange: (fileIds: string[]) => void
  /** The action's field errors, by path; those of the FormCard around unless given. */
  errors?: FieldErrors
}

/** A form field holding a photo uploader: label, the photos and the field's error. */
export function PhotoField({ spec, value, onChange, ...props }: PhotoFieldProps) {
  const { name = 'photos' } = spec
  const errors = useFieldErrors(props.errors)
  return (
    <FormField name={name} label={spec.label} error={errors[name]}>
      <PhotoUploader
        name={spec.uploader}
        folder={spec.folder}
        max={spec.max}
        value={value}
        onChange={onChange}
      />
    </FormField>
  )
}
