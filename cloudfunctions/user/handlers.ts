import type { Profile } from '../../types/user'
import type { HandlerOf } from '../../server/kernel/router'
import { requireIdentity, rolesOf, type Ctx } from '../../server/kernel/context'
import {
  ensureUser,
  listUsers as queryUsers,
  setNickname,
  type UserDoc,
} from '../../server/repositories/users'
import { mapPage } from '../../server/repositories/paged'

type H<A extends 'me' | 'updateProfile' | 'list'> = HandlerOf<'user', A>

function profileOf(ctx: Ctx, user: UserDoc, isNew: boolean): Profile {
  return {
    userId: user._id,
    nickname: user.nickname,
    roles: rolesOf(user, ctx.caller.identity),
    shopIds: user.shopIds,
    orgIds: user.orgIds,
    isNew,
  }
}

/** The caller's profile; the first call creates their user record. */
export const me: H<'me'> = async (ctx) => {
  const { user, created } = await ensureUser(ctx.db, requireIdentity(ctx).openid, ctx.now())
  return profileOf(ctx, user, created)
}

export const updateProfile: H<'updateProfile'> = async (ctx, input) => {
  const { user } = await ensureUser(ctx.db, requireIdentity(ctx).openid, ctx.now())
  await setNickname(ctx.db, user._id, input.nickname, ctx.now())
  return profileOf(ctx, { ...user, nickname: input.nickname }, false)
}

export const list: H<'list'> = async (ctx, input) => {
  const page = await queryUsers(ctx.db, { role: input.role }, input)
  return mapPage(page, (u) => ({
    userId: u._id,
    nickname: u.nickname,
    roles: rolesOf(u, { openid: u.openid, appid: null, unionid: null }),
    createdAt: new Date(u.createdAt).toISOString(),
  }))
}
