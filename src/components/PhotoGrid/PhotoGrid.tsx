import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './PhotoGrid.scss'

export type PhotoGridProps = {
  /** Block class for tests: `complaint-detail` gives `.complaint-detail__photo`. */
  name: string
  urls: string[]
}

/** Photos as thumbnails; a tap opens them full screen. Nothing when there are none. */
export function PhotoGrid({ name, urls }: PhotoGridProps) {
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
