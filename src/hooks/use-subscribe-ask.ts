// Asking for WeChat subscribe messages at the moment they make sense (filing a complaint, submitting
// a registration). WeChat only shows the request from a tap, so the template ids are loaded with
// the page and the request is made at once in the tap handler; what the person answers goes to the
// server, which counts one message per accepted template. Only the mini-program can ask.
import { useCallback, useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { SubscribeAnswer, type MessageKind } from '../../types/inbox'
import { messagePreferences } from '../services/inbox'
import { api } from '../services/call-function'

/** WeChat takes at most three templates per request. */
const MAX_TEMPLATES_PER_REQUEST = 3

/** A function to call first thing in a tap handler; it never throws and never waits. */
export function useSubscribeAsk(kinds: readonly MessageKind[]): () => void {
  const templateIds = useRef<string[]>([])
  const key = kinds.join(',')

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    messagePreferences()
      .then((prefs) => {
        templateIds.current = prefs
          .filter((p) => kinds.includes(p.kind) && p.enabled && p.templateId)
          .map((p) => p.templateId as string)
          .slice(0, MAX_TEMPLATES_PER_REQUEST)
      })
      .catch(() => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return useCallback(() => {
    const tmplIds = templateIds.current
    if (process.env.TARO_ENV !== 'weapp' || !tmplIds.length) return
    Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])
      .then((answer) => {
        const given = answer as unknown as Record<string, string>
        const results: Record<string, SubscribeAnswer> = {}
        for (const id of tmplIds) {
          const parsed = SubscribeAnswer.safeParse(given[id])
          if (parsed.success) results[id] = parsed.data
        }
        return Object.keys(results).length ? api.inbox.subscribe({ results }) : undefined
      })
      .catch(() => undefined) // declined or unsupported: the inbox still gets every message
  }, [])
}
