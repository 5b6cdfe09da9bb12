import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { useRemoteData, type RemoteData } from '../../hooks/use-remote-data'

/** A case the console acts on (a complaint, a wish), as loaded and as the last action left it. */
export type Case<T> = {
  loaded: RemoteData<T>
  /** The case as it now stands: loaded, then as each action replies. */
  current: T | undefined
  /** Shows what an action replied with, instead of loading the case again, and says what was done. */
  changed: (next: T, message: string) => void
}

/** Loads the case `id` names (nothing without one) and keeps it as actions change it. */
export function useCase<T>(
  load: (id: string) => Promise<T>,
  id: string,
  enabled: boolean,
): Case<T> {
  const loaded = useRemoteData(() => load(id), [id], enabled && !!id)
  const [current, setCurrent] = useState<T>()
  useEffect(() => setCurrent(loaded.data), [loaded.data])
  const changed = (next: T, message: string) => {
    setCurrent(next)
    Taro.showToast({ title: message, icon: 'success' })
  }
  return { loaded, current, changed }
}
