// Reading complaints: each list and the detail reply use the viewer's view, never the document.
import { forbidden, notFound } from '../../../server/kernel/app-error'
import type { HandlerOf } from '../../../server/kernel/router'
import { complaintView } from '../../../server/domain/complaint-view'
import {
  listComplaintQueue,
  listComplaintsBy,
  listComplaintsOfShop,
} from '../../../server/repositories/complaints'
import { mapPage } from '../../../server/repositories/paged'
import { isMerchantOf, loadComplaint, viewerOf } from './access'

export const mine: HandlerOf<'complaint', 'mine'> = async (ctx, input) => {
  const user = ctx.caller.user
  if (!user) return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const now = ctx.now()
  const page = await listComplaintsBy(ctx.db, user._id, input)
  return mapPage(page, (c) => complaintView(c, 'complainant', now))
}

export const forShop: HandlerOf<'complaint', 'forShop'> = async (ctx, input) => {
  if (!(await isMerchantOf(ctx, input.shopId))) throw forbidden('只能查看本店收到的投诉')
  const now = ctx.now()
  const page = await listComplaintsOfShop(ctx.db, input.shopId, input.status, input)
  return mapPage(page, (c) => complaintView(c, 'merchant', now))
}

export const queue: HandlerOf<'complaint', 'queue'> = async (ctx, input) => {
  const now = ctx.now()
  const page = await listComplaintQueue(ctx.db, { ...input, now }, input)
  return mapPage(page, (c) => complaintView(c, 'committee', now))
}

/** The complainant, the committee and the shop's merchant each get their view; others nothing. */
export const get: HandlerOf<'complaint', 'get'> = async (ctx, input) => {
  const doc = await loadComplaint(ctx, input.complaintId)
  const viewer = await viewerOf(ctx, doc)
  if (!viewer) throw notFound('投诉')
  return complaintView(doc, viewer, ctx.now())
}
