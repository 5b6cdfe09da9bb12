// 消息与提醒: every person's inbox. Messages are written by the server when something concerns the
// person, never by a client, and mirrored as WeChat subscribe messages where the person consented.
import { z } from 'zod'
import { Id, IsoDate, PageQuery, pageOf } from './common'

export const MESSAGE_KINDS = [
  // To the complainant, as their complaint moves on.
  'complaint_accepted',
  'complaint_rejected',
  'complaint_assigned',
  'complaint_handled',
  'complaint_closed',
  // To whoever handles a complaint: the shop's merchants, or the committee.
  'complaint_new',
  'complaint_due_soon',
  'complaint_overdue',
  // To the member.
  'registration_approved',
  'registration_rejected',
  'registration_revoked',
  // Digests, at most one a day: to a branch secretary, to the committee.
  'registrations_waiting',
  'ratings_held',
  // 微心愿: to the wisher.
  'wish_reviewed',
  'wish_claimed',
  'wish_released',
  'wish_fulfilled',
  // To whoever holds or is given a wish, and the committee.
  'wish_submitted',
  'wish_dispatched',
  'wish_dispatch_answered',
  'wish_confirmed',
  'wish_due_soon',
  'wish_overdue',
  // 资源清单: to the resource's owner.
  'resource_reviewed',
  'resource_matched',
  // 志愿服务: to the volunteer.
  'activity_signed_up',
  'activity_promoted',
  'activity_changed',
  'activity_cancelled',
  'activity_starting',
  'activity_hours_confirmed',
  'volunteer_paused',
  'correction_decided',
  // To the activity's leaders and the committee.
  'correction_requested',
  'activity_unconfirmed',
] as const
export const MessageKind = z.enum(MESSAGE_KINDS, { error: '未知的消息类型' })
export type MessageKind = z.infer<typeof MessageKind>

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  complaint_accepted: '投诉已受理',
  complaint_rejected: '投诉不予受理',
  complaint_assigned: '投诉已交办',
  complaint_handled: '投诉已办理',
  complaint_closed: '投诉已办结',
  complaint_new: '新投诉',
  complaint_due_soon: '投诉即将到期',
  complaint_overdue: '投诉已逾期',
  registration_approved: '党员认证通过',
  registration_rejected: '党员登记退回',
  registration_revoked: '党员认证撤销',
  registrations_waiting: '待审核的党员登记',
  ratings_held: '待审核的集中评价',
  wish_reviewed: '心愿审核结果',
  wish_claimed: '心愿已被认领',
  wish_released: '心愿退回心愿墙',
  wish_fulfilled: '心愿已实现，请确认',
  wish_submitted: '待审核的心愿',
  wish_dispatched: '派单待接受',
  wish_dispatch_answered: '派单已答复',
  wish_confirmed: '心愿人已确认',
  wish_due_soon: '心愿即将到期',
  wish_overdue: '心愿已逾期',
  resource_reviewed: '资源审核结果',
  resource_matched: '有与您的资源相符的心愿',
  activity_signed_up: '志愿活动报名成功',
  activity_promoted: '候补成功，已为您保留名额',
  activity_changed: '志愿活动有变更',
  activity_cancelled: '志愿活动已取消',
  activity_starting: '志愿活动即将开始',
  activity_hours_confirmed: '服务时长已确认',
  volunteer_paused: '报名已暂停',
  correction_decided: '时长更正申请已处理',
  correction_requested: '待处理的时长更正申请',
  activity_unconfirmed: '志愿服务时长超期未确认',
}

/** Kinds a person cannot turn off: they change what the person may do. */
export const MANDATORY_KINDS: readonly MessageKind[] = ['registration_revoked', 'volunteer_paused']

export const InboxMessage = z.object({
  messageId: Id,
  kind: MessageKind,
  title: z.string(),
  body: z.string(),
  /** The page that opens what the message is about, e.g. `/shopper/pages/complaint/index?id=…`. */
  link: z.string(),
  createdAt: IsoDate,
  readAt: IsoDate.nullable(),
})
export type InboxMessage = z.infer<typeof InboxMessage>

export const InboxListInput = PageQuery.extend({
  unreadOnly: z.boolean({ error: 'unreadOnly 须为是或否' }).default(false),
})
export const InboxPage = pageOf(InboxMessage).extend({ unread: z.number().int() })

/** `{ messageIds }` marks those; `{}` or `{ all: true }` marks all. */
export const ReadMessagesInput = z
  .object({
    messageIds: z
      .array(Id, { error: '请选择要标记的消息' })
      .min(1, '请选择要标记的消息')
      .max(100, '一次最多标记 100 条')
      .optional(),
    all: z.literal(true, { error: 'all 只能为 true' }).optional(),
  })
  .refine((v) => !(v.messageIds && v.all), {
    message: '请选择要标记的消息，或全部标为已读，不能同时',
    path: ['messageIds'],
  })
export const ReadMessagesResult = z.object({ marked: z.number().int(), unread: z.number().int() })

export const MessagePreference = z.object({
  kind: MessageKind,
  label: z.string(),
  /** Pushed to WeChat as well as kept in the inbox. */
  enabled: z.boolean(),
  /** Cannot be turned off. */
  mandatory: z.boolean(),
  /** The WeChat subscribe template for this kind, when production has one configured. */
  templateId: z.string().nullable(),
})
export const Preferences = z.object({ list: z.array(MessagePreference) })

export const SetPreferencesInput = z.object({
  /** The kinds the person does not want pushed; the inbox keeps them all the same. */
  muted: z.array(MessageKind, { error: '请选择消息类型' }).max(MESSAGE_KINDS.length),
})

/** What `wx.requestSubscribeMessage` can answer for a template. */
export const SubscribeAnswer = z.enum(['accept', 'reject', 'ban', 'filter'], {
  error: '订阅结果不正确',
})
export type SubscribeAnswer = z.infer<typeof SubscribeAnswer>

/** What `wx.requestSubscribeMessage` answered per template id. */
export const SubscribeInput = z.object({
  results: z
    .record(z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, '模板编号格式不正确'), SubscribeAnswer, {
      error: '请提供订阅结果',
    })
    .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 10, {
      message: '一次提供 1 至 10 个模板的订阅结果',
    }),
})
export const SubscribeResult = z.object({
  /** Consents recorded: one accepted one-time template allows one message. */
  recorded: z.number().int(),
})

export const RemindResult = z.object({
  dueSoon: z.number().int(),
  secretaryDigests: z.number().int(),
  committeeDigests: z.number().int(),
})
