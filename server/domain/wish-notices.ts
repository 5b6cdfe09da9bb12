// What each wish event tells whom, in one or two lines: what happened and what to do next. No
// notice carries a phone number; the wisher is never named beyond the wish's title.
import { formatShanghai } from '../../types/shanghai-time'
import { adminWishUrl, wishUrl } from '../../types/pages'
import type { WishDoc } from '../repositories/wishes'
import { noticesAbout, type Notice } from './notify'

const notice = noticesAbout<WishDoc>((doc) => wishUrl(doc._id))

const quoted = (doc: WishDoc) => `「${doc.title}」`
const due = (doc: WishDoc) => (doc.deadline ? formatShanghai(doc.deadline) : '')

/** A wish waiting for review: to the committee and the branch's secretary. */
export function wishSubmittedNotice(doc: WishDoc, now: Date): Notice {
  return notice(
    doc,
    'wish_submitted',
    '有一个心愿待审核',
    `心愿${quoted(doc)}已提交，请审核：通过后进入心愿墙。`,
    '待审核',
    '请及时审核',
    now,
    adminWishUrl(doc._id),
  )
}

/** The review's answer, to the wisher. */
export function wishReviewedNotice(
  doc: WishDoc,
  decision: 'approve' | 'reject' | 'revise',
  reason: string,
  now: Date,
): Notice {
  if (decision === 'approve')
    return notice(
      doc,
      'wish_reviewed',
      '您的心愿已通过审核',
      `您的心愿${quoted(doc)}已上心愿墙，有人认领时会通知您。`,
      '待认领',
      '已上心愿墙',
      now,
    )
  const revise = decision === 'revise'
  return notice(
    doc,
    'wish_reviewed',
    revise ? '您的心愿需要修改' : '您的心愿未通过审核',
    `您的心愿${quoted(doc)}${revise ? '需要修改后再提交' : '未通过审核'}：${reason}`,
    revise ? '待修改' : '未通过',
    reason,
    now,
  )
}

/** A resource that could serve a newly opened wish, to the resource's owner. */
export function resourceMatchedNotice(doc: WishDoc, resourceTitle: string, now: Date): Notice {
  return notice(
    doc,
    'resource_matched',
    '有与您的资源相符的心愿',
    `心愿${quoted(doc)}与您发布的资源「${resourceTitle}」相符，欢迎认领。`,
    '待认领',
    `相符资源：${resourceTitle}`,
    now,
  )
}

/** Someone took the wish on: to the wisher (or, for 代录, the committee). */
export function wishClaimedNotice(doc: WishDoc, holderName: string, now: Date): Notice {
  return notice(
    doc,
    'wish_claimed',
    '您的心愿已被认领',
    `心愿${quoted(doc)}已由${holderName}认领，预计 ${due(doc)} 前实现，认领人会与您联系。`,
    '已认领',
    `认领人：${holderName}`,
    now,
  )
}

/** The wish is back on the wall: released by its holder, or their claim lapsed. */
export function wishReleasedNotice(doc: WishDoc, reason: string, now: Date): Notice {
  return notice(
    doc,
    'wish_released',
    '您的心愿回到了心愿墙',
    `心愿${quoted(doc)}的认领已退回（${reason}），心愿重新等待认领。`,
    '待认领',
    reason,
    now,
  )
}

/** A dispatch, to whoever must accept it. */
export function wishDispatchedNotice(doc: WishDoc, now: Date): Notice {
  const by = doc.respondBy ? formatShanghai(doc.respondBy) : ''
  return notice(
    doc,
    'wish_dispatched',
    '商圈党委派给您一个心愿',
    `心愿${quoted(doc)}派给您承接，请在 ${by} 前接受或说明原因拒绝；期限 ${due(doc)}。`,
    '待接受',
    `请在 ${by} 前答复`,
    now,
  )
}

/** The assignee's answer, to the committee. */
export function wishDispatchAnsweredNotice(
  doc: WishDoc,
  holderName: string,
  accepted: boolean,
  reason: string,
  now: Date,
): Notice {
  return notice(
    doc,
    'wish_dispatch_answered',
    accepted ? '派单已被接受' : '派单被拒绝',
    accepted
      ? `${holderName}已接受心愿${quoted(doc)}的派单。`
      : `${holderName}拒绝了心愿${quoted(doc)}的派单：${reason}。心愿已回到心愿墙。`,
    accepted ? '已接受' : '已拒绝',
    accepted ? holderName : reason,
    now,
    adminWishUrl(doc._id),
  )
}

/** The holder says it is done: to the wisher (or, for 代录, the committee) to confirm. */
export function wishFulfilledNotice(doc: WishDoc, now: Date): Notice {
  return notice(
    doc,
    'wish_fulfilled',
    '您的心愿已实现，请确认',
    `心愿${quoted(doc)}的认领人说已实现，请确认并评价；7 天未确认将自动确认。`,
    '待确认',
    '请在 7 天内确认',
    now,
  )
}

/** The wisher's answer, to the holder. */
export function wishConfirmedNotice(doc: WishDoc, done: boolean, note: string, now: Date): Notice {
  return notice(
    doc,
    'wish_confirmed',
    done ? '心愿人确认心愿已实现' : '心愿人说心愿还没有实现',
    done
      ? `心愿${quoted(doc)}已确认实现${note ? `，致谢：${note}` : ''}。感谢您！`
      : `心愿${quoted(doc)}还没有实现：${note}。请继续跟进，期限 ${due(doc)}。`,
    done ? '已实现' : '已认领',
    note || (done ? '已确认' : ''),
    now,
  )
}

/** The deadline is near: to the holder. */
export function wishDueSoonNotice(doc: WishDoc, now: Date): Notice {
  return notice(
    doc,
    'wish_due_soon',
    '认领的心愿即将到期',
    `您认领的心愿${quoted(doc)}将于 ${due(doc)} 到期，请按期实现，或说明原因退回。`,
    '即将到期',
    `期限 ${due(doc)}`,
    now,
  )
}

/** A dispatch unanswered or a claim past its deadline: to the committee and the former holder. */
export function wishOverdueNotice(
  doc: WishDoc,
  what: 'dispatch' | 'claim',
  forCommittee: boolean,
  now: Date,
): Notice {
  const note = what === 'dispatch' ? '派单超时未接受，已回到心愿墙' : '认领逾期未实现，已回到心愿墙'
  return notice(
    doc,
    'wish_overdue',
    what === 'dispatch' ? '派单超时未接受' : '认领的心愿已逾期',
    `心愿${quoted(doc)}${note}。${forCommittee ? '请重新派单或关注。' : ''}`,
    '已逾期',
    note,
    now,
    forCommittee ? adminWishUrl(doc._id) : wishUrl(doc._id),
  )
}
