// 资源清单: members, merchants (for their shop) and secretaries (for their branch) offer what they
// can give; the committee approves it before anyone else sees it. The owner is a holder resolved
// from the caller's roles on the server, and "mine" is every holder key the caller acts under.
import crypto from 'node:crypto'
import type { Ctx } from '../../server/kernel/context'
import type { HandlerOf } from '../../server/kernel/router'
import { conflict, fieldError, forbidden, notFound } from '../../server/kernel/app-error'
import { loaderOf } from '../../server/kernel/load'
import { actingAs, callerKeys, holderKey, holderUserIds } from '../../server/domain/holders'
import { carryOut, followUpRecord } from '../../server/domain/follow-ups'
import { resourceReviewedNotice } from '../../server/domain/resource-notices'
import { resourceView } from '../../server/domain/resource-view'
import { mapPage } from '../../server/repositories/paged'
import {
  findResource,
  insertResource,
  listOpenResources,
  listResourceQueue,
  listResourcesOf,
  updateResourceIf,
  WITHDRAWABLE,
  type ResourceDoc,
} from '../../server/repositories/resources'
import { shanghaiMonth, shanghaiToday } from '../../types/shanghai-time'
import { checkTexts } from '../../server/domain/text-check'

const loadResource = loaderOf(findResource, '资源')

async function isOwner(ctx: Ctx, doc: ResourceDoc): Promise<boolean> {
  return (await callerKeys(ctx)).includes(doc.ownerKey)
}

export const publish: HandlerOf<'resource', 'publish'> = async (ctx, input) => {
  const now = ctx.now()
  if (input.validUntil < shanghaiToday(now)) throw fieldError('validUntil', '有效期不能早于今天')
  const owner = await actingAs(ctx, input.as)
  await checkTexts(ctx, {
    title: input.title,
    description: input.description,
    conditions: input.conditions,
    areas: input.areas.join('，'),
  })
  const doc: ResourceDoc = {
    _id: crypto.randomBytes(12).toString('hex'),
    owner,
    ownerKey: holderKey(owner),
    title: input.title,
    category: input.category,
    description: input.description,
    areas: input.areas,
    capacityPerMonth: input.capacityPerMonth,
    conditions: input.conditions,
    validUntil: input.validUntil,
    status: 'pending',
    reviewNote: null,
    usedMonth: shanghaiMonth(now),
    used: 0,
    served: 0,
    createdAt: now,
    updatedAt: now,
  }
  await insertResource(ctx.db, doc)
  return { resourceId: doc._id }
}

export const withdraw: HandlerOf<'resource', 'withdraw'> = async (ctx, input) => {
  const doc = await loadResource(ctx, input.resourceId)
  if (!(await isOwner(ctx, doc))) throw forbidden('只能撤回自己发布的资源')
  const message = '只有待审核或已发布的资源可以撤回'
  if (!WITHDRAWABLE.includes(doc.status)) throw conflict(message)
  const now = ctx.now()
  if (
    !(await updateResourceIf(ctx.db, doc._id, WITHDRAWABLE, {
      status: 'withdrawn',
      updatedAt: now,
    }))
  )
    throw conflict(message)
  return resourceView({ ...doc, status: 'withdrawn', updatedAt: now }, now)
}

export const review: HandlerOf<'resource', 'review'> = async (ctx, input) => {
  const doc = await loadResource(ctx, input.resourceId)
  const message = '只有待审核的资源可以审核'
  if (doc.status !== 'pending') throw conflict(message)
  const now = ctx.now()
  const change = {
    status: input.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
    reviewNote: input.reason || null,
    updatedAt: now,
  }
  const next = { ...doc, ...change }
  const told = await holderUserIds(ctx, next.owner)
  const record = followUpRecord(ctx, [
    { kind: 'notify', userIds: told, notice: resourceReviewedNotice(next, now) },
  ])
  if (!(await updateResourceIf(ctx.db, doc._id, ['pending'], change, record)))
    throw conflict(message)
  await carryOut(ctx, record)
  return resourceView(next, now)
}

export const list: HandlerOf<'resource', 'list'> = async (ctx, input) => {
  const now = ctx.now()
  const page = await listOpenResources(
    ctx.db,
    { today: shanghaiToday(now), category: input.category, keyword: input.keyword || undefined },
    input,
  )
  return mapPage(page, (r) => resourceView(r, now))
}

export const mine: HandlerOf<'resource', 'mine'> = async (ctx, input) => {
  const keys = await callerKeys(ctx)
  if (!keys.length) return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const now = ctx.now()
  const page = await listResourcesOf(ctx.db, keys, input)
  return mapPage(page, (r) => resourceView(r, now))
}

export const queue: HandlerOf<'resource', 'queue'> = async (ctx, input) => {
  const now = ctx.now()
  const page = await listResourceQueue(ctx.db, input.status, input)
  return mapPage(page, (r) => resourceView(r, now))
}

/** Published ones for anyone; the rest only for their owner and the committee. */
export const get: HandlerOf<'resource', 'get'> = async (ctx, input) => {
  const doc = await loadResource(ctx, input.resourceId)
  const visible =
    doc.status === 'approved' || ctx.caller.roles.includes('admin') || (await isOwner(ctx, doc))
  if (!visible) throw notFound('资源')
  return resourceView(doc, ctx.now())
}
