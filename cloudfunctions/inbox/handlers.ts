// The inbox: a person reads their own messages and marks them read, chooses which kinds are pushed
// to WeChat, and records the subscribe-message consents the mini-program asked for. The timer sends
// the reminders: a complaint due within a day, and the daily digests.
import { MANDATORY_KINDS, MESSAGE_KINDS, MESSAGE_KIND_LABELS } from '../../types/inbox'
import { shanghaiDay } from '../../types/shanghai-time'
import { fieldError } from '../../server/kernel/app-error'
import { callerUser, type Ctx } from '../../server/kernel/context'
import type { HandlerOf } from '../../server/kernel/router'
import { digestNotice, handlerNotice } from '../../server/domain/notices'
import { remindOnce, type FollowUpRecord } from '../../server/domain/follow-ups'
import { committeeIds, handlerIds } from '../../server/domain/recipients'
import { dueBetween, markDueSoon } from '../../server/repositories/complaints'
import { findDistrict } from '../../server/repositories/districts'
import { countPendingInBranches } from '../../server/repositories/members'
import {
  countUnread,
  listMessages,
  markRead,
  type MessageDoc,
} from '../../server/repositories/messages'
import { listOrgs } from '../../server/repositories/orgs'
import { mapPage } from '../../server/repositories/paged'
import { countHeldRatings } from '../../server/repositories/ratings'
import { takeReminderMark } from '../../server/repositories/reminder-marks'
import { addConsent } from '../../server/repositories/subscriptions'
import { setMutedKinds, type UserDoc } from '../../server/repositories/users'

const DAY_MS = 24 * 3600 * 1000
/** At most this many due-soon reminders per run; the next run takes the rest. */
const BATCH = 100

function messageView(m: MessageDoc) {
  return {
    messageId: m._id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    link: m.link,
    createdAt: new Date(m.createdAt).toISOString(),
    readAt: m.readAt ? new Date(m.readAt).toISOString() : null,
  }
}

export const list: HandlerOf<'inbox', 'list'> = async (ctx, input) => {
  const user = ctx.caller.user
  if (!user) return { list: [], total: 0, page: input.page, pageSize: input.pageSize, unread: 0 }
  const [page, unread] = await Promise.all([
    listMessages(ctx.db, user._id, input.unreadOnly, input),
    countUnread(ctx.db, user._id),
  ])
  return { ...mapPage(page, messageView), unread }
}

export const read: HandlerOf<'inbox', 'read'> = async (ctx, input) => {
  const user = ctx.caller.user
  if (!user) return { marked: 0, unread: 0 }
  const marked = await markRead(ctx.db, user._id, input.messageIds ?? null, ctx.now())
  return { marked, unread: await countUnread(ctx.db, user._id) }
}

function preferencesOf(ctx: Ctx, user: UserDoc | null) {
  const muted = user?.mutedKinds ?? []
  return {
    list: MESSAGE_KINDS.map((kind) => {
      const mandatory = MANDATORY_KINDS.includes(kind)
      return {
        kind,
        label: MESSAGE_KIND_LABELS[kind],
        enabled: mandatory || !muted.includes(kind),
        mandatory,
        templateId: ctx.services.templates[kind]?.id ?? null,
      }
    }),
  }
}

export const preferences: HandlerOf<'inbox', 'preferences'> = async (ctx) =>
  preferencesOf(ctx, ctx.caller.user)

export const setPreferences: HandlerOf<'inbox', 'setPreferences'> = async (ctx, input) => {
  const mandatory = input.muted.findIndex((k) => MANDATORY_KINDS.includes(k))
  if (mandatory >= 0) throw fieldError(`muted.${mandatory}`, '这类消息关系到您的权益，不能关闭')
  const user = await callerUser(ctx)
  const muted = [...new Set(input.muted)]
  await setMutedKinds(ctx.db, user._id, muted, ctx.now())
  return preferencesOf(ctx, { ...user, mutedKinds: muted })
}

export const subscribe: HandlerOf<'inbox', 'subscribe'> = async (ctx, input) => {
  const known = new Set(Object.values(ctx.services.templates).map((t) => t!.id))
  const unknown = Object.keys(input.results).find((id) => !known.has(id))
  if (unknown) throw fieldError(`results.${unknown}`, '未知的订阅消息模板')
  const user = await callerUser(ctx)
  let recorded = 0
  for (const [templateId, answer] of Object.entries(input.results)) {
    if (answer !== 'accept') continue
    await addConsent(ctx.db, user._id, templateId, ctx.now())
    recorded++
  }
  return { recorded }
}

/**
 * Reminders, each sent once however often the timer runs: the due-soon marker on the complaint
 * and the day's digest markers are taken by one conditional write before anything is sent.
 */
export const remind: HandlerOf<'inbox', 'remind'> = async (ctx) => {
  const now = ctx.now()
  let dueSoon = 0
  for (const c of await dueBetween(ctx.db, now, new Date(now.getTime() + DAY_MS), BATCH)) {
    const notice = handlerNotice(c, 'due_soon', now)
    const take = (record: FollowUpRecord) =>
      markDueSoon(ctx.db, c._id, new Date(c.deadline!), record)
    if (await remindOnce(ctx, handlerIds(ctx.db, c), notice, take)) dueSoon++
  }

  const day = shanghaiDay(now)
  const markExpiry = new Date(now.getTime() + 2 * DAY_MS)
  let secretaryDigests = 0
  const district = await findDistrict(ctx.db)
  const branchesOf = new Map<string, string[]>()
  for (const org of district ? await listOrgs(ctx.db, district._id) : [])
    if (org.secretaryId)
      branchesOf.set(org.secretaryId, [...(branchesOf.get(org.secretaryId) ?? []), org._id])
  for (const [secretaryId, branchIds] of branchesOf) {
    const waiting = await countPendingInBranches(ctx.db, branchIds)
    if (!waiting) continue
    const notice = digestNotice('registrations_waiting', waiting, now)
    const mark = `registrations:${secretaryId}:${day}`
    const take = (record: FollowUpRecord) => takeReminderMark(ctx.db, mark, markExpiry, record)
    if (await remindOnce(ctx, [secretaryId], notice, take)) secretaryDigests++
  }

  let committeeDigests = 0
  const held = await countHeldRatings(ctx.db)
  if (held) {
    const notice = digestNotice('ratings_held', held, now)
    const take = (record: FollowUpRecord) =>
      takeReminderMark(ctx.db, `ratings-held:${day}`, markExpiry, record)
    if (await remindOnce(ctx, committeeIds(ctx.db), notice, take)) committeeDigests++
  }
  return { dueSoon, secretaryDigests, committeeDigests }
}
