import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { FormField } from '../../../components/FormField'
import { chooseMapPoint, devicePosition, type MapPoint } from '../../../utils/location'
import './ActivityPlaceFields.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The place as typed: numbers stay text until the form is sent. */
export type PlaceDraft = { address: string; latitude: string; longitude: string; radius: string }

export const EMPTY_PLACE: PlaceDraft = { address: '', latitude: '', longitude: '', radius: '300' }

export type ActivityPlaceFieldsProps = {
  value: PlaceDraft
  onChange: (value: PlaceDraft) => void
  /** Field messages keyed like the server's issues (`place.latitude`). */
  errors: Record<string, string>
}

/** How one of the place's text boxes takes its text. */
type PlaceInputSpec = { type?: 'digit' | 'number'; placeholder?: string; max: number }

/** Six decimal places: about 0.1 m, more than any phone's fix. */
function coordinate(n: number): string {
  return String(Math.round(n * 1e6) / 1e6)
}

/** 活动地点: the address, the map point as latitude and longitude, and the check-in radius. */
export function ActivityPlaceFields({ value, onChange, errors }: ActivityPlaceFieldsProps) {
  const [locating, setLocating] = useState(false)
  const set = (part: Partial<PlaceDraft>) => onChange({ ...value, ...part })
  const setPoint = (point: MapPoint) =>
    set({ latitude: coordinate(point.latitude), longitude: coordinate(point.longitude) })

  const locate = async () => {
    setLocating(true)
    try {
      setPoint(await devicePosition())
    } catch (err) {
      const title = `${(err as Error).message}，请直接填写经纬度`
      Taro.showToast({ title, icon: 'none', duration: 2500 })
    } finally {
      setLocating(false)
    }
  }

  const pickOnMap = async () => {
    const picked = await chooseMapPoint()
    if (!picked) return
    onChange({
      ...value,
      latitude: coordinate(picked.latitude),
      longitude: coordinate(picked.longitude),
      address: value.address.trim() ? value.address : picked.address.slice(0, 80),
    })
  }

  const pointError = errors['place.latitude'] ?? errors['place.longitude'] ?? errors.place
  const input = (part: keyof PlaceDraft, control: PlaceInputSpec) => (
    <Input
      className={`console-input activity-place__${part}`}
      type={control.type}
      placeholder={control.placeholder}
      value={value[part]}
      maxLength={control.max}
      onChange={(typed) => set({ [part]: typed })}
    />
  )
  return (
    <>
      <FormField
        name="place.address"
        label="活动地点"
        error={errors['place.address']}
        counter={{ length: value.address.length, max: 80 }}
        required
      >
        {input('address', { placeholder: '如：美食街东口服务站', max: 80 })}
      </FormField>
      <FormField
        name="place.latitude"
        label="签到位置（纬度、经度）"
        error={pointError}
        hint="志愿者签到时须在此位置的签到范围内"
        required
      >
        <View className="activity-place__point">
          {input('latitude', { type: 'digit', placeholder: '纬度，如 31.2304', max: 12 })}
          {input('longitude', { type: 'digit', placeholder: '经度，如 121.4737', max: 12 })}
        </View>
        <View className="activity-place__buttons">
          <Button
            className="activity-place__locate"
            size="small"
            loading={locating}
            onClick={locate}
          >
            使用当前位置
          </Button>
          {IS_WEAPP ? (
            <Button className="activity-place__map" size="small" onClick={pickOnMap}>
              在地图上选点
            </Button>
          ) : null}
        </View>
        {/* Browsers and the server work in WGS-84; China's map apps show GCJ-02, hundreds of metres off. */}
        <Text className="activity-place__system">
          经纬度为 GPS
          坐标（WGS-84）；从高德、腾讯地图复制的坐标有偏差，请用“使用当前位置”或“在地图上选点”
        </Text>
      </FormField>
      <FormField
        name="place.radius"
        label="签到范围（米）"
        error={errors['place.radius']}
        hint="50–5000 米，默认 300 米"
        required
      >
        <View className="activity-place__radius-row">
          {input('radius', { type: 'number', max: 4 })}
          <Text className="console-table__muted">米</Text>
        </View>
      </FormField>
    </>
  )
}
