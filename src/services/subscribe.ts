// Asking for WeChat subscribe messages at the moment they make sense (after filing a complaint,
// after submitting a registration). Only the mini-program can ask; on the web there is nothing to
// do. One request may name at most three templates; what the person answered goes to the server,
// which counts one message per accepted template.
import Taro from '@tarojs/taro'
import type { MessageKind } from '../../types/inbox'
import { messagePreferences, recordSubscriptions } from './inbox'

const MAX_TEMPLATES_PER_REQUEST = 3

/** Asks to subscribe to the kinds that have a template; never throws (a refusal is an answer). */
export async function askToSubscribe(kinds: MessageKind[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    const prefs = await messagePreferences()
    const tmplIds = prefs
      .filter((p) => kinds.includes(p.kind) && p.enabled && p.templateId)
      .map((p) => p.templateId as string)
      .slice(0, MAX_TEMPLATES_PER_REQUEST)
    if (!tmplIds.length) return
    const answer = (await Taro.requestSubscribeMessage({ tmplIds } as never)) as unknown as Record<
      string,
      string
    >
    const results = Object.fromEntries(
      tmplIds
        .filter((id) => ['accept', 'reject', 'ban', 'filter'].includes(answer[id]))
        .map((id) => [id, answer[id] as 'accept' | 'reject' | 'ban' | 'filter']),
    )
    if (Object.keys(results).length) await recordSubscriptions(results)
  } catch {
    // Declined, unsupported or offline: the inbox still gets every message.
  }
}
