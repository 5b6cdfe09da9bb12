import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { usePhotoUrls } from '../../hooks/use-photo-urls'
import './PhotoGrid.scss'

export type PhotoGridProps = {
  /** Block class for tests: `complaint-detail` gives `.complaint-detail__photo`. */
  name: string
  /** The photos' stored file ids. */
  fileIds: readonly string[]
}

/** Photos as thumbnails; a tap opens them full screen. Nothing when there are none (yet). */
export function PhotoGrid({ name, fileIds }: PhotoGridProps) {
  const urls = usePhotoUrls(fileIds).filter(Boolean)
  if (!urls.length) return null
  return (
    <View className={`photo-grid ${name}__photos`}>
      {urls.map((url) => (
        <Image
          key={url}
          className={`photo-grid__photo ${name}__photo`}
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ urls, current: url })}
        />
      ))}
    </View>
  )
}
