import { Image, View } from '@tarojs/components'
import { usePhotoUrls } from '../../hooks/use-photo-urls'

export type StoredImageProps = {
  /** The photo's cloud:// file id. */
  fileId: string
  className: string
  mode?: 'aspectFill' | 'aspectFit' | 'widthFix'
}

/** A stored photo; an empty box of the same size until its URL is known (h5). */
export function StoredImage({ fileId, className, mode = 'aspectFill' }: StoredImageProps) {
  const [url] = usePhotoUrls([fileId])
  if (!url) return <View className={`${className} stored-image--loading`} />
  return <Image className={className} src={url} mode={mode} />
}
