import type { PhotoFolder } from '../../../types/photos'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { toApiError } from '../../services/api-error'
import { choosePhotos, uploadPhoto } from '../../services/storage'
import { StoredImage } from '../StoredImage'
import './PhotoUploader.scss'

export type PhotoUploaderProps = {
  /** Stored file ids, in order. */
  value: string[]
  onChange: (fileIds: string[]) => void
  max: number
  /** Storage folder, e.g. `complaints` or `shops`. */
  folder: PhotoFolder
  /** Block class for tests, e.g. `complaint-photos`. */
  name: string
}

/** Pick, upload and remove photos; the value is the stored file ids. */
export function PhotoUploader({ value, onChange, max, folder, name }: PhotoUploaderProps) {
  const [uploading, setUploading] = useState(false)

  const add = async () => {
    const paths = await choosePhotos(max - value.length)
    if (!paths.length) return
    setUploading(true)
    const added: string[] = []
    try {
      for (const path of paths) added.push((await uploadPhoto(path, folder)).fileId)
    } catch (err) {
      Taro.showToast({ title: toApiError(err).message, icon: 'none', duration: 2500 })
    } finally {
      setUploading(false)
      if (added.length) onChange([...value, ...added].slice(0, max))
    }
  }

  return (
    <View className={`photo-uploader ${name}`}>
      {value.map((fileId) => (
        <View key={fileId} className={`photo-uploader__item ${name}__item`}>
          <StoredImage className="photo-uploader__image" fileId={fileId} />
          <Text
            className="photo-uploader__remove"
            onClick={() => onChange(value.filter((id) => id !== fileId))}
          >
            ×
          </Text>
        </View>
      ))}
      {value.length < max ? (
        <View className={`photo-uploader__add ${name}__add`} onClick={uploading ? undefined : add}>
          <Text className="photo-uploader__plus">{uploading ? '上传中…' : '+'}</Text>
          <Text className="photo-uploader__hint">
            {value.length}/{max}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
