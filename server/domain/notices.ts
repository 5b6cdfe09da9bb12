// What each event tells whom, in Chinese, in one or two lines: what happened and what to do next.
// A merchant's notice never says who complained; none carries a phone number or an openid.
import { COMPLAINT_CATEGORIES, HANDLER_KIND_LABELS } from '../../types/complaint'
import { ADMIN_ROUTES, ROUTES, adminComplaintUrl, complaintUrl, withShop } from '../../types/pages'
import { formatShanghai } from '../../types/shanghai-time'
import type { ComplaintDoc } from '../repositories/complaints'
import type { NoticeSlots } from '../services/subscribe-message'
import type { Notice } from './notify'
import { clauses } from './timeline'

const AUTO_CLOSE_NOTE = '超过 7 天未确认，系统自动办结'

/** What a complaint's template shows: the shop, where the complaint stands, what comes next. */
function complaintSlots(doc: ComplaintDoc, now: Date, status: string, note: string): NoticeSlots {
  return { subject: doc.shopName, status, time: now, note }
}

/** What the complainant is told as their complaint moves on. */
export function complainantNotice(
  doc: ComplaintDoc,
  event: 'accepted' | 'rejected' | 'assigned' | 'handled' | 'closed',
  now: Date,
  reason = '',
): Notice {
  const shop = `「${doc.shopName}」`
  const link = complaintUrl(doc._id)
  switch (event) {
    case 'accepted':
      return {
        kind: 'complaint_accepted',
        title: '您的投诉已受理',
        body: `您对${shop}的投诉已受理，商圈党委将交办处理，请留意后续进展。`,
        link,
        slots: complaintSlots(doc, now, '已受理', '商圈党委将交办处理'),
      }
    case 'rejected':
      return {
        kind: 'complaint_rejected',
        title: '您的投诉不予受理',
        body: `您对${shop}的投诉不予受理：${reason}。如有疑问，可补充情况后重新投诉。`,
        link,
        slots: complaintSlots(doc, now, '不予受理', reason),
      }
    case 'assigned': {
      const handler = doc.handler ? HANDLER_KIND_LABELS[doc.handler.kind] : '承办单位'
      const deadline = doc.deadline ? formatShanghai(doc.deadline) : ''
      return {
        kind: 'complaint_assigned',
        title: '您的投诉已交办',
        body: `您对${shop}的投诉已交由${handler}办理，期限 ${deadline}。`,
        link,
        slots: complaintSlots(doc, now, '已交办', `由${handler}办理，期限 ${deadline}`),
      }
    }
    case 'handled':
      return {
        kind: 'complaint_handled',
        title: '您的投诉已办理，请确认',
        body: `您对${shop}的投诉已办理：${clauses(doc.result)}。请在 7 天内确认并评价，逾期将自动办结。`,
        link,
        slots: complaintSlots(doc, now, '待确认', '请在 7 天内确认并评价'),
      }
    case 'closed':
      return {
        kind: 'complaint_closed',
        title: '您的投诉已办结',
        body: `您对${shop}的投诉${AUTO_CLOSE_NOTE}。感谢您的监督。`,
        link,
        slots: complaintSlots(doc, now, '已办结', AUTO_CLOSE_NOTE),
      }
  }
}

/** A new complaint, for the shop's merchants (who never learn who complained) and the committee. */
export function newComplaintNotices(
  doc: ComplaintDoc,
  now: Date,
): { merchant: Notice; committee: Notice } {
  const what = `「${doc.shopName}」收到一条关于${COMPLAINT_CATEGORIES[doc.category]}的投诉`
  return {
    merchant: {
      kind: 'complaint_new',
      title: '您的店铺收到一条新投诉',
      body: `${what}，请查看并及时回复；商圈党委受理后会交办。`,
      link: withShop(ROUTES.merchantComplaints, doc.shopId),
      slots: complaintSlots(doc, now, '待受理', '请查看并及时回复'),
    },
    committee: {
      kind: 'complaint_new',
      title: '有一条新投诉待受理',
      body: `${what}，请尽快受理，或说明不予受理的理由。`,
      link: adminComplaintUrl(doc._id),
      slots: complaintSlots(doc, now, '待受理', '请尽快受理'),
    },
  }
}

/** What whoever handles a complaint is told: it was given to them, it is due, it is overdue. */
export function handlerNotice(
  doc: ComplaintDoc,
  event: 'assigned' | 'due_soon' | 'overdue',
  now: Date,
): Notice {
  const shop = `「${doc.shopName}」`
  const deadline = doc.deadline ? formatShanghai(doc.deadline) : ''
  const link =
    doc.handler?.kind === 'merchant'
      ? withShop(ROUTES.merchantComplaints, doc.shopId)
      : adminComplaintUrl(doc._id)
  if (event === 'assigned')
    return {
      kind: 'complaint_assigned',
      title: '商圈党委交办了一条投诉',
      body: `${shop}的一条投诉交由您办理，期限 ${deadline}，请按期办理并提交结果。`,
      link,
      slots: complaintSlots(doc, now, '待办理', `期限 ${deadline}`),
    }
  if (event === 'due_soon')
    return {
      kind: 'complaint_due_soon',
      title: '投诉办理期限将至',
      body: `${shop}的投诉将于 ${deadline} 到期，请在期限内办理并提交结果。`,
      link,
      slots: complaintSlots(doc, now, '即将到期', `期限 ${deadline}`),
    }
  return {
    kind: 'complaint_overdue',
    title: '投诉已逾期',
    body: `${shop}的投诉已超过办理期限（${deadline}），已提请商圈党委督办，请尽快办理。`,
    link,
    slots: complaintSlots(doc, now, '已逾期', '请尽快办理并提交结果'),
  }
}

/** What a member is told when the committee decides on their registration. */
export function memberNotice(
  event: 'approved' | 'rejected' | 'revoked',
  now: Date,
  detail: string,
): Notice {
  if (event === 'approved')
    return {
      kind: 'registration_approved',
      title: '您的党员身份已认证',
      body: `您已通过认证，编入${detail}。可在“我的党员卡”查看电子党员卡，并选择是否在店铺亮身份。`,
      link: ROUTES.memberCard,
      slots: { subject: '党员身份认证', status: '已通过', time: now, note: `编入${detail}` },
    }
  if (event === 'rejected')
    return {
      kind: 'registration_rejected',
      title: '您的党员登记被退回',
      body: `退回原因：${detail}。请修改后重新提交。`,
      link: ROUTES.memberRegister,
      slots: { subject: '党员登记', status: '已退回', time: now, note: detail },
    }
  return {
    kind: 'registration_revoked',
    title: '您的党员认证已撤销',
    body: `撤销原因：${detail}。如有疑问，请联系商圈党委。`,
    link: ROUTES.memberRegister,
    slots: { subject: '党员身份认证', status: '已撤销', time: now, note: detail },
  }
}

/** The daily digests: registrations waiting in a secretary's branches; held rating bursts. */
export function digestNotice(
  kind: 'registrations_waiting' | 'ratings_held',
  count: number,
  now: Date,
): Notice {
  if (kind === 'registrations_waiting')
    return {
      kind,
      title: `有 ${count} 条党员登记待审核`,
      body: `您担任书记的支部有 ${count} 条党员登记等待审核，请及时核实。`,
      link: ADMIN_ROUTES.members,
      slots: { subject: '党员登记审核', status: '待审核', time: now, note: `共 ${count} 条` },
    }
  return {
    kind,
    title: `有 ${count} 条集中评价待审核`,
    body: `短时间内集中出现的 ${count} 条评价已暂缓计分，请审核后计入或舍弃。`,
    link: ADMIN_ROUTES.ratings,
    slots: { subject: '集中评价审核', status: '待审核', time: now, note: `共 ${count} 条` },
  }
}
