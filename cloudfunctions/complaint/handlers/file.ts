// Filing a complaint. Two limits hold under any concurrency: a per-day counter taken with a
// conditional increment, and a per-shop lock whose unique _id admits one open complaint. Whatever
// was taken is given back if the complaint is not written, so nothing is left half-done. The
// complaint's id comes from the request, so a retry after a crash finds the complaint it filed;
// the notices are written with the complaint as follow-ups.
import { COMPLAINTS_PER_DAY } from '../../../types/complaint'
import { conflict, notFound, rateLimited } from '../../../server/kernel/app-error'
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { complaintView } from '../../../server/domain/complaint-view'
import { checkTexts } from '../../../server/domain/text-check'
import { newComplaintNotices } from '../../../server/domain/notices'
import {
  carryOut,
  followUpRecord,
  requestScopedId,
  takenBefore,
} from '../../../server/domain/follow-ups'
import { committeeIds } from '../../../server/domain/recipients'
import {
  findComplaint,
  insertComplaintWithFollowUp,
  NOT_YET_DECIDED,
  type ComplaintDoc,
  type TimelineDoc,
} from '../../../server/repositories/complaints'
import {
  complaintLockId,
  findComplaintLock,
  releaseComplaintLock,
  takeComplaintLock,
} from '../../../server/repositories/complaint-locks'
import {
  dailyCounterId,
  releaseRateLimit,
  takeDailyLimit,
} from '../../../server/repositories/rate-limits'
import { findShop } from '../../../server/repositories/shops'
import { encryptPhone } from '../../../server/services/member-crypto'
import { callerUser } from '../../../server/kernel/context'

/** A lock older than this whose complaint does not exist was left by a crash: it may be taken. */
const ORPHAN_LOCK_MS = 60 * 1000

/** Takes the shop lock; an orphaned one (its complaint never written) is cleared once. */
async function lockShop(ctx: Ctx, lockId: string, complaintId: string): Promise<boolean> {
  const lock = { _id: lockId, complaintId, createdAt: ctx.now() }
  if (await takeComplaintLock(ctx.db, lock)) return true
  const held = await findComplaintLock(ctx.db, lockId)
  if (!held) return takeComplaintLock(ctx.db, lock)
  // Taken by an earlier try of this request, which died before writing the complaint.
  if (held.complaintId === complaintId) return true
  // Left behind: its complaint was never written (a crash while filing), or is over (a crash
  // between closing it and releasing the lock).
  const complaint = await findComplaint(ctx.db, held.complaintId)
  const orphaned = complaint
    ? complaint.status === 'closed' || complaint.status === 'rejected'
    : ctx.now().getTime() - new Date(held.createdAt).getTime() > ORPHAN_LOCK_MS
  if (!orphaned) return false
  await releaseComplaintLock(ctx.db, lockId, held.complaintId)
  return takeComplaintLock(ctx.db, lock)
}

export const file: HandlerOf<'complaint', 'file'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const complaintId = requestScopedId(ctx, 'complaint')
  if (await takenBefore(ctx)) {
    const filed = await findComplaint(ctx.db, complaintId)
    if (filed) return complaintView(filed, 'complainant', ctx.now())
  }
  const shop = await findShop(ctx.db, input.shopId)
  if (!shop || shop.status !== 'open') throw notFound('店铺')
  await checkTexts(ctx, { description: input.description })

  const now = ctx.now()
  const lockId = complaintLockId(user._id, shop._id)
  if (!(await lockShop(ctx, lockId, complaintId))) throw conflict('您对该店铺已有未办结的投诉')

  const counterId = dailyCounterId('complaint', user._id, now)
  let counted = false
  let doc: ComplaintDoc
  try {
    counted = await takeDailyLimit(ctx.db, 'complaint', user._id, COMPLAINTS_PER_DAY, now)
    if (!counted) throw rateLimited('今天的投诉次数已达上限，请明天再试')

    const timeline: TimelineDoc[] = [
      {
        at: now,
        actor: 'complainant',
        action: '提交投诉',
        note: input.anonymous ? '匿名投诉' : '',
      },
    ]
    if (input.anonymous) {
      timeline.push({
        at: now,
        actor: 'system',
        action: '匿名投诉登记',
        note: `投诉人：${user.nickname}（对商户和公众匿名）`,
        internal: true,
      })
    }
    doc = {
      _id: complaintId,
      shopId: shop._id,
      shopName: shop.name,
      complainantId: user._id,
      complainantName: user.nickname,
      anonymous: input.anonymous,
      category: input.category,
      description: input.description,
      photos: input.photos,
      contactCipher: input.contact ? encryptPhone(input.contact) : null,
      ...NOT_YET_DECIDED,
      timeline,
      createdAt: now,
      updatedAt: now,
    }
    const notices = newComplaintNotices(doc, now)
    const record = followUpRecord(ctx, [
      { kind: 'notify', userIds: shop.merchantIds ?? [], notice: notices.merchant },
      { kind: 'notify', userIds: await committeeIds(ctx.db), notice: notices.committee },
    ])
    if (!(await insertComplaintWithFollowUp(ctx.db, doc, record)))
      throw conflict('您对该店铺已有未办结的投诉')
    await carryOut(ctx, record)
  } catch (err) {
    // Give back what was taken; a failed release must not hide the original error.
    await Promise.allSettled([
      releaseComplaintLock(ctx.db, lockId, complaintId),
      counted ? releaseRateLimit(ctx.db, counterId) : Promise.resolve(),
    ])
    throw err
  }
  return complaintView(doc, 'complainant', now)
}
