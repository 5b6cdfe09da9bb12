import type { Profile } from '../../types/user'
import type { HandlerOf } from '../../server/kernel/router'
import { requireIdentity, rolesOf, type Ctx } from '../../server/kernel/context'
import {
  anyoneWithRole,
  ensureUser,
  findUserById,
  listUsers as queryUsers,
  setAdminBy,
  setNickname,
  type UserDoc,
} from '../../server/repositories/users'
import { mapPage } from '../../server/repositories/paged'
import { useSetupCode } from '../../server/repositories/setup-codes'
import { checkTexts } from '../../server/domain/text-check'
import { fieldError, forbidden, found } from '../../server/kernel/app-error'

type H<A extends 'me' | 'updateProfile' | 'list' | 'bootstrap' | 'setAdmin'> = HandlerOf<'user', A>

function profileOf(ctx: Ctx, user: UserDoc, isNew: boolean, setupPending = false): Profile {
  return {
    userId: user._id,
    nickname: user.nickname,
    roles: rolesOf(user, ctx.caller.identity),
    shopIds: user.shopIds,
    orgIds: user.orgIds,
    isNew,
    setupPending,
  }
}

function summaryOf(u: UserDoc) {
  return {
    userId: u._id,
    nickname: u.nickname,
    roles: rolesOf(u, { openid: u.openid, appid: null, unionid: null }),
    createdAt: new Date(u.createdAt).toISOString(),
  }
}

/** The caller's profile; the first call creates their user record. */
export const me: H<'me'> = async (ctx) => {
  const { user, created } = await ensureUser(ctx.db, requireIdentity(ctx).openid, ctx.now())
  // Until the first admin has entered the 启用码, 我的 offers where to enter it.
  const pending = !user.roles.includes('admin') && !(await anyoneWithRole(ctx.db, 'admin'))
  return profileOf(ctx, user, created, pending)
}

/** The first run: the 启用码 `npm run setup` printed makes its first user the committee's admin. */
export const bootstrap: H<'bootstrap'> = async (ctx, input) => {
  const now = ctx.now()
  const { user } = await ensureUser(ctx.db, requireIdentity(ctx).openid, now)
  // Once the committee has an admin, only admins appoint admins: any code left over is void.
  if (await anyoneWithRole(ctx.db, 'admin')) throw fieldError('code', '启用码无效或已被使用')
  if (!(await useSetupCode(ctx.db, input.code, user._id, now)))
    throw fieldError('code', '启用码无效或已被使用')
  return profileOf(ctx, { ...user, roles: [...new Set([...user.roles, 'admin' as const])] }, false)
}

/**
 * An admin appoints or relieves another; nobody relieves themselves, and the change commits only
 * while the caller is still an admin, so of two admins relieving each other at once one remains.
 */
export const setAdmin: H<'setAdmin'> = async (ctx, input) => {
  const target = found(await findUserById(ctx.db, input.userId), '用户')
  const by = ctx.caller.user!._id
  if (!input.admin && target._id === by)
    throw forbidden('不能免去自己的管理员身份，请由其他管理员操作')
  const roles = await setAdminBy(ctx.db, by, target._id, input.admin, ctx.now())
  if (roles === 'caller-not-admin') throw forbidden('您已不再是管理员，不能任免管理员')
  return summaryOf({ ...target, roles: found(roles, '用户') })
}

export const updateProfile: H<'updateProfile'> = async (ctx, input) => {
  // Others read it (rosters, replies, the console): through the content check.
  await checkTexts(ctx, { nickname: input.nickname })
  const { user } = await ensureUser(ctx.db, requireIdentity(ctx).openid, ctx.now())
  await setNickname(ctx.db, user._id, input.nickname, ctx.now())
  return profileOf(ctx, { ...user, nickname: input.nickname }, false)
}

export const list: H<'list'> = async (ctx, input) => {
  const page = await queryUsers(ctx.db, { role: input.role }, input)
  return mapPage(page, summaryOf)
}
