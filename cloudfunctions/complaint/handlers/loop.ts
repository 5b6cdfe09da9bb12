// The handling loop: submitted → accepted (or rejected) → assigned → handled → closed. Each step
// is a conditional update from the statuses it may start from, so a step happens once; each
// appends to the timeline; what follows it (messages, the shop's integrity and card, the shop
// lock) is written with it as follow-ups, so a crash cannot lose them.
import { handlerLabel } from '../../../types/complaint'
import { SEVERITY_LABELS } from '../../../types/integrity'
import { conflict, fieldError, forbidden } from '../../../server/kernel/app-error'
import { clauses, entryBy, stepper } from '../../../server/domain/timeline'
import { formatShanghai } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import { complaintView, isOverdue } from '../../../server/domain/complaint-view'
import { checkTexts } from '../../../server/domain/text-check'
import { complainantNotice, handlerNotice } from '../../../server/domain/notices'
import type { FollowUp } from '../../../server/domain/follow-ups'
import type { Notice } from '../../../server/domain/notify'
import { merchantIdsOf } from '../../../server/domain/recipients'
import type { ComplaintDoc } from '../../../server/repositories/complaints'
import { complaintLockId } from '../../../server/repositories/complaint-locks'
import { isAdmin, isMerchantOf, loadComplaint, reloadComplaint } from './access'

/** Applies one step, or answers CONFLICT when the complaint is not where it was. */
export const advance = stepper('complaints', reloadComplaint)

/** The complainant may file against the shop again. */
export const releaseLock = (doc: ComplaintDoc): FollowUp => ({
  kind: 'releaseComplaintLock',
  lockId: complaintLockId(doc.complainantId, doc.shopId),
  complaintId: doc._id,
})

export const tellComplainant = (doc: ComplaintDoc, notice: Notice): FollowUp => ({
  kind: 'notify',
  userIds: [doc.complainantId],
  notice,
})

export const integrity = (shopId: string, reason: string): FollowUp => ({
  kind: 'integrity',
  shopId,
  reason,
})

export const accept: HandlerOf<'complaint', 'accept'> = async (ctx, input) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  const next = await advance(ctx, doc, {
    from: ['submitted'],
    change: { status: 'accepted', severity: input.severity },
    entries: [entryBy(ctx, 'committee', '受理投诉', `定级：${SEVERITY_LABELS[input.severity]}`)],
    conflict: '只有待受理的投诉可以受理',
    followUps: (next) => [tellComplainant(next, complainantNotice(next, 'accepted', ctx.now()))],
  })
  return complaintView(next, 'committee', ctx.now())
}

export const reject: HandlerOf<'complaint', 'reject'> = async (ctx, input) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  const next = await advance(ctx, doc, {
    from: ['submitted'],
    change: { status: 'rejected', closedAt: ctx.now() },
    entries: [entryBy(ctx, 'committee', '不予受理', input.reason)],
    conflict: '只有待受理的投诉可以不予受理',
    followUps: (next) => [
      releaseLock(next),
      tellComplainant(next, complainantNotice(next, 'rejected', ctx.now(), input.reason)),
    ],
  })
  return complaintView(next, 'committee', ctx.now())
}

export const assign: HandlerOf<'complaint', 'assign'> = async (ctx, input) => {
  const deadline = new Date(input.deadline)
  if (deadline <= ctx.now()) throw fieldError('deadline', '办理期限须晚于现在')
  const doc = await loadComplaint(ctx, input.complaintId)
  const wasOverdue = isOverdue(doc, ctx.now())
  const again = doc.status === 'assigned'
  const now = ctx.now()
  const next = await advance(ctx, doc, {
    from: ['accepted', 'assigned'],
    change: {
      status: 'assigned',
      handler: input.handler,
      deadline,
      overdueNotified: false,
      dueSoonNotified: false,
    },
    entries: [
      entryBy(
        ctx,
        'committee',
        again ? '重新交办' : '交办',
        `承办：${handlerLabel(input.handler)}，期限 ${formatShanghai(deadline)}`,
      ),
    ],
    conflict: '只有已受理或办理中的投诉可以交办',
    followUps: async (next) => [
      ...(wasOverdue ? [integrity(doc.shopId, '逾期投诉重新交办')] : []),
      tellComplainant(next, complainantNotice(next, 'assigned', now)),
      ...(next.handler?.kind === 'merchant'
        ? [
            {
              kind: 'notify',
              userIds: await merchantIdsOf(ctx.db, next.shopId),
              notice: handlerNotice(next, 'assigned', now),
            } as const,
          ]
        : []),
    ],
  })
  return complaintView(next, 'committee', now)
}

export const reply: HandlerOf<'complaint', 'reply'> = async (ctx, input) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  if (!(await isMerchantOf(ctx, doc.shopId))) throw forbidden('只有本店商户可以回复')
  await checkTexts(ctx, { text: input.text })
  const now = ctx.now()
  const next = await advance(ctx, doc, {
    from: ['submitted', 'accepted', 'assigned', 'handled'],
    change: { merchantReply: { text: input.text, at: now } },
    entries: [entryBy(ctx, 'merchant', '商户回复', input.text)],
    conflict: '投诉已办结，不能再回复',
    // A handled complaint shows its public reply on the shop's card.
    followUps: (next) => [{ kind: 'card', shopId: next.shopId }],
  })
  return complaintView(next, 'merchant', now)
}

export const handle: HandlerOf<'complaint', 'handle'> = async (ctx, input) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  // The merchant handles what was assigned to the merchant; the committee handles the rest and
  // records a department's result. Only the committee may find a complaint unfounded.
  const byMerchant = doc.handler?.kind === 'merchant'
  if (byMerchant ? !(await isMerchantOf(ctx, doc.shopId)) : !isAdmin(ctx))
    throw forbidden(byMerchant ? '该投诉已交由商户办理' : '该投诉由商圈党委办理')
  if (byMerchant && !input.upheld) throw fieldError('upheld', '只有商圈党委可以认定投诉不属实')
  const now = ctx.now()
  const next = await advance(ctx, doc, {
    from: ['assigned'],
    change: {
      status: 'handled',
      result: input.result,
      rectification: input.rectification,
      upheld: input.upheld,
      upheldAt: input.upheld ? now : null,
      handledAt: now,
    },
    entries: [
      entryBy(
        ctx,
        byMerchant ? 'merchant' : 'committee',
        '办理完毕',
        clauses(
          doc.handler?.kind === 'department'
            ? `${doc.handler.name}：${input.result}`
            : input.result,
          input.rectification && `整改：${input.rectification}`,
          !input.upheld && '经核实投诉不属实',
        ),
      ),
    ],
    conflict: '只有办理中的投诉可以提交办理结果',
    followUps: (next) => [
      integrity(
        doc.shopId,
        input.upheld
          ? `投诉属实（${SEVERITY_LABELS[doc.severity ?? 'minor']}）`
          : '投诉经核实不属实',
      ),
      tellComplainant(next, complainantNotice(next, 'handled', now)),
    ],
  })
  return complaintView(next, byMerchant ? 'merchant' : 'committee', now)
}

export const confirm: HandlerOf<'complaint', 'confirm'> = async (ctx, input) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  if (!ctx.caller.user || doc.complainantId !== ctx.caller.user._id)
    throw forbidden('只有投诉人可以确认办理结果')
  const now = ctx.now()
  const next = await advance(ctx, doc, {
    from: ['handled'],
    change: {
      status: 'closed',
      closedAt: now,
      confirmation: {
        satisfied: input.satisfied,
        rating: input.rating,
        comment: input.comment,
        at: now,
      },
    },
    entries: [
      {
        actor: 'complainant',
        action: input.satisfied ? '确认办结（满意）' : '确认办结（不满意）',
        note: `评分 ${input.rating}${input.comment ? `：${input.comment}` : ''}`,
      },
    ],
    conflict: '只有待确认的投诉可以确认',
    followUps: (next) => [releaseLock(next), integrity(doc.shopId, '投诉办结')],
  })
  return complaintView(next, 'complainant', now)
}

export const verifyRectification: HandlerOf<'complaint', 'verifyRectification'> = async (
  ctx,
  input,
) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  if (doc.upheld !== true) throw conflict('只有属实的投诉需要核实整改')
  if (doc.rectificationVerified) throw conflict('整改已核实')
  const next = await advance(ctx, doc, {
    from: ['handled', 'closed'],
    change: { rectificationVerified: true },
    entries: [entryBy(ctx, 'committee', '整改已核实', '')],
    conflict: '只有已办理的投诉可以核实整改',
    guard: { upheld: true, rectificationVerified: false },
    followUps: () => [integrity(doc.shopId, '整改已核实')],
  })
  return complaintView(next, 'committee', ctx.now())
}
