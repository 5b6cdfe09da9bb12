// A check-in code is accepted for 30 s at most, and locating can take up to 10 s: so the position
// is asked for when the page opens and kept fresh in the background, and a scanned code goes out at
// once with whatever position is known by then.
import { useEffect, useRef, type MutableRefObject } from 'react'
import { devicePosition, type MapPoint } from '../../../utils/location'

const REFRESH_MS = 30_000

/** The last position the device gave; null while none is known (not yet, or not allowed). */
export function useKnownPosition(enabled: boolean): MutableRefObject<MapPoint | null> {
  const known = useRef<MapPoint | null>(null)
  useEffect(() => {
    if (!enabled) return
    let live = true
    let asking = false
    const ask = async () => {
      if (asking) return
      asking = true
      // A failed refresh keeps the last position: a few minutes old is still near enough.
      const position = await devicePosition().catch(() => null)
      asking = false
      if (live && position) known.current = position
    }
    ask()
    const timer = setInterval(ask, REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [enabled])
  return known
}
