import { useEffect, useState } from 'react'

/** A desk's width: the console shows its side navigation and header from here up. */
const DESK = '(min-width: 1024px)'

/** Whether the h5 console has a desk's width (false on weapp and on phones), kept up to date. */
export function useDesk(): boolean {
  const [desk, setDesk] = useState(() => isDesk())
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    const query = window.matchMedia(DESK)
    const update = () => setDesk(query.matches)
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [])
  return desk
}

function isDesk(): boolean {
  return process.env.TARO_ENV === 'h5' && window.matchMedia(DESK).matches
}
