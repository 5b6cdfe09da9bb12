// Where the volunteer stands, when the phone will say: weapp's getLocation (declared in
// requiredPrivateInfos), the browser's geolocation on h5. A refusal or a timeout gives null, and
// the check-in goes ahead without a location (the server then skips the distance check).
import Taro from '@tarojs/taro'

export type Position = { latitude: number; longitude: number }

const TIMEOUT_MS = 8000

export async function currentPosition(): Promise<Position | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84' })
      return { latitude, longitude }
    } catch {
      return null
    }
  }
  if (typeof navigator === 'undefined' || !navigator.geolocation) return null
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: TIMEOUT_MS, maximumAge: 60_000 },
    )
  })
}
