// Where the device is, in one coordinate system for the whole app: WGS84, the only one browsers
// give. An activity's map point and a volunteer's check-in position are compared on the server, so
// they must agree: weapp is asked for WGS84 too, and a point picked on WeChat's map (GCJ-02, the
// only system `chooseLocation` returns) is converted, or the distance would be off by hundreds of
// metres in China against a 300 m radius.
import Taro from '@tarojs/taro'
import gcoord from 'gcoord'

export type MapPoint = { latitude: number; longitude: number }

const TIMEOUT_MS = 10_000

/** The device's position, or an Error whose message says why there is none. */
export async function devicePosition(): Promise<MapPoint> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84' })
      return { latitude, longitude }
    } catch {
      throw new Error('无法获取位置：请在设置中允许使用位置信息')
    }
  }
  if (typeof navigator === 'undefined' || !navigator.geolocation)
    throw new Error('此浏览器不能获取位置')
  return new Promise((resolve, reject) => {
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude }),
      (err) =>
        reject(
          new Error(
            err.code === err.PERMISSION_DENIED ? '浏览器未允许获取位置' : '暂时无法获取位置',
          ),
        ),
      { enableHighAccuracy: true, timeout: TIMEOUT_MS, maximumAge: 60_000 },
    )
  })
}

/** weapp only: a point (and its name) picked on WeChat's map, in WGS84; null if they backed out. */
export async function chooseMapPoint(): Promise<(MapPoint & { address: string }) | null> {
  try {
    const picked = await Taro.chooseLocation({})
    const [longitude, latitude] = gcoord.transform(
      [picked.longitude, picked.latitude],
      gcoord.GCJ02,
      gcoord.WGS84,
    )
    return { latitude, longitude, address: picked.name || picked.address }
  } catch {
    return null
  }
}
