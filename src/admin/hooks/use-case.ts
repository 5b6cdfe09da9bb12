import { useContext, useEffect, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { useRemoteData, type RemoteData } from '../../hooks/use-remote-data'
import { readParam } from '../../utils/params'
import { useConsoleGate } from './use-console-gate'
import { DeskDetailContext } from '../desk-detail'

/** A case the console acts on (a complaint, a wish), as loaded and as the last action left it. */
export type Case<T> = {
  /** The case's id, from the page's `?id=` (or the query `param` names); '' when it has none. */
  id: string
  /** False while the sign-in check redirects. */
  signedIn: boolean
  loaded: RemoteData<T>
  /** The case as it now stands: loaded, then as each action replies. */
  current: T | undefined
  /** Shows what an action replied with, instead of loading the case again, and says what was done. */
  changed: (next: T, message: string) => void
}

/**
 * Loads the case the page's `?id=` (or `?<param>=`) names, once the caller is signed in (back to
 * `pageUrl` after signing in), and keeps it as actions change it. Inside a desk panel the panel
 * names the case, and hears of each change so its list can follow.
 */
export function useCase<T>(
  pageUrl: (id: string) => string,
  load: (id: string) => Promise<T>,
  param = 'id',
): Case<T> {
  const router = useRouter()
  const panel = useContext(DeskDetailContext)
  const id = readParam((panel?.params ?? router.params)[param])
  const signedIn = useConsoleGate(pageUrl(id))
  const loaded = useRemoteData(() => load(id), [id], signedIn && !!id)
  const [current, setCurrent] = useState<T>()
  useEffect(() => setCurrent(loaded.data), [loaded.data])
  // The first copy is not a change; every later one (an action's reply, a reload) is.
  const seen = useRef(false)
  useEffect(() => {
    if (!current) return
    if (seen.current) panel?.changed()
    seen.current = true
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current])
  const changed = (next: T, message: string) => {
    setCurrent(next)
    Taro.showToast({ title: message, icon: 'success' })
  }
  return { id, signedIn, loaded, current, changed }
}
