import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/** Reloads when the page shows again, e.g. back from a detail page where something changed. */
export function useReloadOnReturn(reload: () => void): void {
  const shownOnce = useRef(false)
  useDidShow(() => {
    if (shownOnce.current) reload()
    shownOnce.current = true
  })
}
