// Where the phone or browser is, for an activity's map point. weapp asks WeChat (gcj02, the system
// its map picker uses too); h5 asks the browser (WGS84, the only system browsers give).
import Taro from '@tarojs/taro'

export type MapPoint = { latitude: number; longitude: number }

/** The device's position, or a sentence saying why there is none. */
export async function currentLocation(): Promise<MapPoint> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
      return { latitude, longitude }
    } catch {
      throw new Error('无法获取位置：请在设置中允许使用位置信息')
    }
  } else {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      throw new Error('此浏览器不能获取位置，请直接填写经纬度')
    }
    return new Promise((resolve, reject) => {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude }),
        (err) =>
          reject(
            new Error(
              err.code === err.PERMISSION_DENIED
                ? '浏览器未允许获取位置，请直接填写经纬度'
                : '暂时无法获取位置，请直接填写经纬度',
            ),
          ),
        { enableHighAccuracy: true, timeout: 10_000 },
      )
    })
  }
}

/** weapp only: a point (and its address) picked on WeChat's map; null if the person backed out. */
export async function chooseMapPoint(): Promise<(MapPoint & { address: string }) | null> {
  try {
    const picked = await Taro.chooseLocation({})
    return {
      latitude: picked.latitude,
      longitude: picked.longitude,
      address: picked.name || picked.address,
    }
  } catch {
    return null
  }
}
