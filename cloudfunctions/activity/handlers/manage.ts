// Publishing, editing and cancelling activities: the committee for itself, a secretary for her
// branch. An edit with a larger capacity promotes from the waitlist in the same compare-and-set
// as the capacity change, so a concurrent sign-up or cancel can neither be lost nor oversell.
import crypto from 'node:crypto'
import type { z } from 'zod'
import type { ActivityFields } from '../../../types/activity'
import { formatShanghai } from '../../../types/shanghai-time'
import { conflict, fieldError, forbidden } from '../../../server/kernel/app-error'
import { callerUser, type Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { managesActivity } from '../../../server/domain/activity-access'
import { activityTime, changedNotice } from '../../../server/domain/activity-notices'
import { finishCancel } from '../../../server/domain/cancel-activity'
import { promoteSignUps } from '../../../server/domain/leave-activity'
import { activitySchedule, newActivityDoc } from '../../../server/domain/new-activity'
import { carryOut, followUpRecord } from '../../../server/domain/follow-ups'
import { isAdmin, leadsBranch } from '../../../server/domain/staff'
import { checkTexts } from '../../../server/domain/text-check'
import {
  changeRosters,
  insertActivity,
  promoteFromWaitlist,
  promotedBy,
  removeActivities,
  type ActivityDoc,
  type OrganiserDoc,
} from '../../../server/repositories/activities'
import { findDistrict } from '../../../server/repositories/districts'
import { findOrg } from '../../../server/repositories/orgs'
import { retimeSignUps } from '../../../server/repositories/signups'
import { findUsersByIds } from '../../../server/repositories/users'
import { findVolunteers } from '../../../server/repositories/volunteers'
import { loadActivity, viewFor } from './access'

type Fields = z.output<typeof ActivityFields>

const newId = () => crypto.randomBytes(12).toString('hex')

/** The organiser: a secretary's branch (the audience's if it is a branch), else the committee. */
async function organiserFor(ctx: Ctx, f: Fields): Promise<OrganiserDoc> {
  if (isAdmin(ctx)) {
    const district = await findDistrict(ctx.db)
    return { kind: 'district', orgId: null, name: district?.committeeName || '商圈党委' }
  }
  const orgId = f.audience.kind === 'branch' ? f.audience.orgId : ctx.caller.user?.orgIds[0]
  const org = orgId ? await findOrg(ctx.db, orgId) : null
  if (!org) throw forbidden('您还没有负责的支部')
  return { kind: 'branch', orgId: org._id, name: org.name }
}

/** The audience: a branch must exist, and a secretary may open an activity only to her own. */
async function checkAudience(ctx: Ctx, f: Fields): Promise<void> {
  if (f.audience.kind !== 'branch') return
  if (!isAdmin(ctx) && !leadsBranch(ctx, f.audience.orgId))
    throw fieldError('audience', '只能面向您负责的支部')
  if (!(await findOrg(ctx.db, f.audience.orgId))) throw fieldError('audience', '支部不存在')
}

/** 负责人: each must be an active volunteer; none chosen means the caller. Their names, as recorded. */
async function leadersFor(ctx: Ctx, leaderIds: string[], creatorId: string) {
  const ids = leaderIds.length ? [...new Set(leaderIds)] : [creatorId]
  const found = await findVolunteers(ctx.db, ids)
  const active = new Map(found.filter((v) => v.status === 'active').map((v) => [v._id, v]))
  const missing = ids.filter((id) => !active.has(id))
  if (missing.length && leaderIds.length) {
    const users = await findUsersByIds(ctx.db, missing)
    const names = missing.map((id) => users.find((u) => u._id === id)?.nickname ?? id)
    throw fieldError('leaderIds', `${names.join('、')} 不是已登记的志愿者，不能担任负责人`)
  }
  if (missing.length) {
    // The creator as the leader by default: their volunteer name, or their nickname.
    const [user] = await findUsersByIds(ctx.db, missing)
    return { leaderIds: ids, leaderNames: [user?.nickname ?? '负责人'] }
  }
  return { leaderIds: ids, leaderNames: ids.map((id) => active.get(id)!.realName) }
}

function checkTimes(f: Fields, now: Date, before?: ActivityDoc): void {
  const moved = !before || new Date(before.startAt).getTime() !== Date.parse(f.startAt)
  if (moved && Date.parse(f.startAt) <= now.getTime())
    throw fieldError('startAt', '开始时间须晚于现在')
}

async function checkContent(ctx: Ctx, f: Fields): Promise<void> {
  await checkTexts(ctx, {
    title: f.title,
    description: f.description,
    notes: f.notes,
    'place.address': f.place.address,
  })
}

export const create: HandlerOf<'activity', 'create'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const now = ctx.now()
  const { repeatWeeks, ...fields } = input
  checkTimes(fields, now)
  await checkAudience(ctx, fields)
  const organiser = await organiserFor(ctx, fields)
  const leaders = await leadersFor(ctx, fields.leaderIds, user._id)
  await checkContent(ctx, fields)

  const ids = Array.from({ length: repeatWeeks }, newId)
  const publisher = {
    organiser,
    ...leaders,
    createdBy: user._id,
    seriesId: repeatWeeks > 1 ? ids[0] : null,
  }
  const docs = ids.map((id, week) => newActivityDoc(id, fields, publisher, now, week))
  // A series is all or nothing: a failed insert takes back the weeks already written.
  const written: string[] = []
  try {
    for (const doc of docs) {
      await insertActivity(ctx.db, doc)
      written.push(doc._id)
    }
  } catch (err) {
    await removeActivities(ctx.db, written).catch(() => undefined)
    throw err
  }
  return { activityId: ids[0], activityIds: ids }
}

/** What a volunteer signed up would want to know changed, in a few words each. */
function changesBetween(a: ActivityDoc, b: ActivityDoc): string[] {
  const out: string[] = []
  const same = (x: Date, y: Date) => new Date(x).getTime() === new Date(y).getTime()
  if (a.title !== b.title) out.push(`名称改为「${b.title}」`)
  if (!same(a.startAt, b.startAt) || !same(a.endAt, b.endAt))
    out.push(`时间改为 ${activityTime(b)}`)
  if (a.place.address !== b.place.address) out.push(`地点改为${b.place.address}`)
  if (a.capacity !== b.capacity) out.push(`名额改为 ${b.capacity} 人`)
  if (a.description !== b.description) out.push('服务内容有更新')
  if (a.notes !== b.notes || a.insured !== b.insured) out.push('注意事项有更新')
  if (!same(a.signUpClosesAt, b.signUpClosesAt))
    out.push(`报名截止改为 ${formatShanghai(b.signUpClosesAt)}`)
  return out
}

export const update: HandlerOf<'activity', 'update'> = async (ctx, input) => {
  const now = ctx.now()
  const { activityId, ...fields } = input
  const current = await loadActivity(ctx, activityId)
  if (!managesActivity(ctx, current)) throw forbidden('只有商圈党委和组织支部的书记可以修改活动')
  if (current.state === 'cancelled') throw conflict('活动已取消，不能修改')
  if (now >= new Date(current.endAt)) throw conflict('活动已结束，不能修改')
  checkTimes(fields, now, current)
  await checkAudience(ctx, fields)
  // No leaders chosen keeps the current ones.
  const leaders = fields.leaderIds.length
    ? await leadersFor(ctx, fields.leaderIds, current.createdBy)
    : { leaderIds: current.leaderIds, leaderNames: current.leaderNames }
  await checkContent(ctx, fields)

  const times = activitySchedule(fields, new Date(current.signUpOpensAt))
  // Everyone signed up is told what changed, as a follow-up of the change.
  const changeNotice = (before: ActivityDoc, after: ActivityDoc) => {
    const changes = changesBetween(before, after)
    const told = [...after.confirmed, ...after.waitlist]
    if (!changes.length || !told.length) return null
    return followUpRecord(ctx, [
      { kind: 'notify', userIds: told, notice: changedNotice(after, changes, now) },
    ])
  }
  const written = await changeRosters(
    ctx.db,
    activityId,
    now,
    (a) => {
      if (a.state === 'cancelled') throw conflict('活动已取消，不能修改')
      if (fields.capacity < a.confirmed.length)
        throw fieldError(
          'capacity',
          `已有 ${a.confirmed.length} 人报名，名额不能少于 ${a.confirmed.length}`,
        )
      const also: Partial<ActivityDoc> = {
        title: fields.title,
        category: fields.category,
        description: fields.description,
        cover: fields.cover,
        place: fields.place,
        ...times,
        capacity: fields.capacity,
        audience: fields.audience,
        ...leaders,
        creditHours: fields.creditHours,
        notes: fields.notes,
        insured: fields.insured,
      }
      const rosters = promoteFromWaitlist({ ...a, ...also }, now) ?? a
      return { confirmed: rosters.confirmed, waitlist: rosters.waitlist, also }
    },
    changeNotice,
  )
  if (!written) return viewFor(ctx, await loadActivity(ctx, activityId))
  const { before, after, record } = written
  // A crash before this is repaired by the sweep (sign-ups whose times differ from the activity's,
  // the promoted told), and the change notice is a follow-up of the write.
  if (changesBetween(before, after).some((c) => c.startsWith('时间')))
    await retimeSignUps(ctx.db, activityId, after.startAt, after.endAt, now)
  await promoteSignUps(ctx, after, promotedBy(before, after))
  if (record) await carryOut(ctx, record)
  return viewFor(ctx, after)
}

export const cancel: HandlerOf<'activity', 'cancel'> = async (ctx, input) => {
  const now = ctx.now()
  const current = await loadActivity(ctx, input.activityId)
  if (!managesActivity(ctx, current)) throw forbidden('只有商圈党委和组织支部的书记可以取消活动')
  // A retry: the first call may have died after the activity's write; finish what it left.
  if (current.state === 'cancelled') {
    await finishCancel(ctx, current, now)
    return viewFor(ctx, current)
  }
  if (now >= new Date(current.endAt)) throw conflict('活动已结束，不能取消')
  await checkTexts(ctx, { reason: input.reason })
  // The rosters stay as they were (the record of who was signed up); the state closes them.
  const written = await changeRosters(ctx.db, current._id, now, (a) =>
    a.state === 'cancelled'
      ? null
      : {
          confirmed: a.confirmed,
          waitlist: a.waitlist,
          also: { state: 'cancelled', cancelReason: input.reason },
        },
  )
  if (!written) return viewFor(ctx, current)
  // Also when a concurrent cancel wrote first: the drop and the notice happen once either way.
  await finishCancel(ctx, written.after, now)
  return viewFor(ctx, written.after)
}
