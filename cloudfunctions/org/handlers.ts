import { CHILD_LEVELS, ORG_LEVEL_LABELS } from '../../types/org'
import type { HandlerOf } from '../../server/kernel/router'
import type { Ctx } from '../../server/kernel/context'
import { conflict, fieldError, notFound } from '../../server/kernel/app-error'
import { findDistrict } from '../../server/repositories/districts'
import {
  findOrg,
  insertOrg,
  listOrgs,
  replaceSecretary,
  setOrgShops,
  updateOrg,
  type OrgDoc,
} from '../../server/repositories/orgs'
import { findShop } from '../../server/repositories/shops'
import { findUserById, findUsersByIds, setSecretaryOf } from '../../server/repositories/users'

async function requireOrg(ctx: Ctx, orgId: string, path = 'orgId'): Promise<OrgDoc> {
  const org = await findOrg(ctx.db, orgId)
  if (!org) throw fieldError(path, '党组织不存在')
  return org
}

/** The whole tree as a flat list (parentId links); the page builds the tree. */
export const tree: HandlerOf<'org', 'tree'> = async (ctx) => {
  const district = await findDistrict(ctx.db)
  if (!district) throw notFound('商圈')
  const orgs = await listOrgs(ctx.db, district._id)
  const secretaries = await findUsersByIds(ctx.db, [
    ...new Set(orgs.map((o) => o.secretaryId).filter((id): id is string => !!id)),
  ])
  const nickname = new Map(secretaries.map((u) => [u._id, u.nickname]))
  return {
    list: orgs.map((o) => ({
      orgId: o._id,
      parentId: o.parentId,
      name: o.name,
      level: o.level,
      kind: o.kind,
      secretary: o.secretaryId
        ? { userId: o.secretaryId, nickname: nickname.get(o.secretaryId) ?? '（已注销）' }
        : null,
      shopIds: o.shopIds ?? [],
    })),
  }
}

export const create: HandlerOf<'org', 'create'> = async (ctx, input) => {
  const parent = await requireOrg(ctx, input.parentId, 'parentId')
  if (!CHILD_LEVELS[parent.level].includes(input.level)) {
    throw fieldError(
      'level',
      `${ORG_LEVEL_LABELS[parent.level]}下不能设${ORG_LEVEL_LABELS[input.level]}`,
    )
  }
  const needsKind = input.level === 'general' || input.level === 'branch'
  if (needsKind && !input.kind) throw fieldError('kind', '请选择组建方式（单独建、联合建、挂靠建）')
  const now = ctx.now()
  const orgId = await insertOrg(ctx.db, {
    districtId: parent.districtId,
    parentId: parent._id,
    name: input.name,
    level: input.level,
    kind: needsKind ? input.kind! : null,
    secretaryId: null,
    shopIds: [],
    createdAt: now,
    updatedAt: now,
  })
  return { orgId }
}

export const update: HandlerOf<'org', 'update'> = async (ctx, input) => {
  const org = await requireOrg(ctx, input.orgId)
  if (input.kind && org.level !== 'general' && org.level !== 'branch') {
    throw fieldError('kind', '只有党总支和党支部有组建方式')
  }
  await updateOrg(ctx.db, org._id, {
    ...(input.name ? { name: input.name } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    updatedAt: ctx.now(),
  })
  return { orgId: org._id }
}

/** Appoints (or, with null, removes) the org's secretary; roles follow on the users. */
export const setSecretary: HandlerOf<'org', 'setSecretary'> = async (ctx, input) => {
  const org = await requireOrg(ctx, input.orgId)
  const now = ctx.now()
  const next = input.userId ? await findUserById(ctx.db, input.userId) : null
  if (input.userId && !next) throw fieldError('userId', '用户不存在')
  // The org's record first, conditional on who held the office: of two appointments at once one
  // wins and the other is told; then the roles follow it.
  const previous = org.secretaryId ?? null
  if (!(await replaceSecretary(ctx.db, org._id, previous, next?._id ?? null, now)))
    throw conflict('书记已被他人更换，请刷新后再试')
  if (previous && previous !== input.userId)
    await setSecretaryOf(ctx.db, previous, org._id, false, now)
  if (next) await setSecretaryOf(ctx.db, next._id, org._id, true, now)
  return { orgId: org._id }
}

export const linkShops: HandlerOf<'org', 'linkShops'> = async (ctx, input) => {
  const org = await requireOrg(ctx, input.orgId)
  const ids = [...new Set(input.shopIds)]
  for (const [i, id] of ids.entries()) {
    if (!(await findShop(ctx.db, id))) throw fieldError(`shopIds.${i}`, '店铺不存在')
  }
  await setOrgShops(ctx.db, org._id, ids, ctx.now())
  return { orgId: org._id }
}
