// WeChat subscribe messages (订阅消息): what a message's template shows, cut to each field's limits
// so WeChat never refuses it (47003), and the one sending interface — WeChat's
// subscribeMessage.send in production, an outbox a developer can read on the local stack (exactly
// the JSON that would be sent).
import { z } from 'zod'
import { MessageKind } from '../../types/inbox'
import { formatShanghai } from '../../types/shanghai-time'
import { cloudApp, type Database } from '../kernel/database'

/** The four things every message can show; a template picks the ones it has fields for. */
export type NoticeSlots = { subject: string; status: string; time: Date; note: string }
export type Slot = keyof NoticeSlots

const FieldKey = z
  .string()
  .regex(
    /^(thing|phrase|time|date|name|number|character_string|letter|symbol)\d+$/,
    'field keys are WeChat template keys such as thing1, phrase2, time3',
  )
const Template = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'template id'),
  fields: z.partialRecord(z.enum(['subject', 'status', 'time', 'note']), FieldKey),
})
export type Template = z.infer<typeof Template>
export type Templates = Partial<Record<MessageKind, Template>>

/** WX_SUBSCRIBE_TEMPLATES: `{"complaint_accepted": {"id": "…", "fields": {"subject": "thing1", …}}}`. */
export function readTemplates(json: string | undefined): Templates {
  if (!json) return {}
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new Error('WX_SUBSCRIBE_TEMPLATES must be JSON')
  }
  const parsed = z.partialRecord(MessageKind, Template).safeParse(raw)
  if (!parsed.success)
    throw new Error(`WX_SUBSCRIBE_TEMPLATES is invalid: ${parsed.error.issues[0].message}`)
  return parsed.data as Templates
}

/** Character limits of WeChat's field types (counted in characters, not bytes). */
const LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  number: 32,
  character_string: 32,
  letter: 32,
  symbol: 5,
}

function cut(text: string, limit: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length <= limit ? chars.join('') : `${chars.slice(0, limit - 1).join('')}…`
}

/** A template's `data`, each value cut to its field's limit and times as WeChat writes them. */
export function templateData(
  template: Template,
  slots: NoticeSlots,
): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const [slot, key] of Object.entries(template.fields) as [Slot, string][]) {
    const type = key.replace(/\d+$/, '')
    const value = slots[slot]
    if (type === 'time')
      data[key] = { value: formatShanghai(new Date(value), 'YYYY年MM月DD日 HH:mm') }
    else if (type === 'date')
      data[key] = { value: formatShanghai(new Date(value), 'YYYY年MM月DD日') }
    else data[key] = { value: cut(String(value) || '-', LIMITS[type] ?? 20) }
  }
  return data
}

/** The body of subscribeMessage.send. */
export type SubscribeSend = {
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
}

export type SendOutcome = { status: 'sent' } | { status: 'refused' | 'failed'; error: string }

export type MessageSender = {
  send(message: SubscribeSend, db: Database): Promise<SendOutcome>
}

/** 43101: the person has no consent left for this template (they refused, or used it up). */
const REFUSED = 43101

export const wechatSender: MessageSender = {
  async send(message) {
    try {
      const res = await cloudApp().callWxOpenApi({
        apiName: '/cgi-bin/message/subscribe/send',
        requestData: message,
      })
      // An error of the call itself comes back as `{ code, message }` with no result.
      const failure = res as { code?: string; message?: string }
      if (failure.code || !res.result || typeof res.result !== 'object')
        return {
          status: 'failed',
          error: `${failure.code ?? 'no result'} ${failure.message ?? ''}`.trim(),
        }
      const reply = res.result as { errcode?: number; errmsg?: string }
      if (!reply.errcode) return { status: 'sent' }
      return {
        status: reply.errcode === REFUSED ? 'refused' : 'failed',
        error: `${reply.errcode} ${reply.errmsg ?? ''}`.trim(),
      }
    } catch (err) {
      return { status: 'failed', error: (err as Error).message ?? String(err) }
    }
  },
}

/** Offline: the message goes to the `outbox` collection, exactly as WeChat would receive it. */
export function outboxSender(append: (db: Database, message: SubscribeSend) => Promise<void>) {
  const sender: MessageSender = {
    async send(message, db) {
      await append(db, message)
      return { status: 'sent' }
    },
  }
  return sender
}
