import { z } from 'zod'
import { Id, PageQuery, pageOf, text } from './common'
import { Role } from './roles'

export const Nickname = text('请填写昵称', [1], [20, '昵称最多 20 个字'])

export const Profile = z.object({
  userId: Id,
  nickname: z.string(),
  roles: z.array(Role),
  /** Shops this user manages as a merchant. */
  shopIds: z.array(Id),
  /** Party organisations this user is secretary of. */
  orgIds: z.array(Id),
  /** True on the first call: the user record was created just now. */
  isNew: z.boolean(),
  /** Nobody is the committee's admin yet: the first run's 启用码 is waiting to be entered. */
  setupPending: z.boolean().default(false),
})
export type Profile = z.infer<typeof Profile>

/** The first run's one-time code (启用码), as `npm run setup` prints it. */
export const BootstrapInput = z.object({
  code: text('请输入启用码', [1], [40, '启用码格式不正确']),
})
export type BootstrapInput = z.infer<typeof BootstrapInput>

/** Admins appoint (or relieve) admins; there is no other way to become one after the first. */
export const SetAdminInput = z.object({
  userId: Id,
  admin: z.boolean({ error: '请选择任命或免去' }),
})
export type SetAdminInput = z.infer<typeof SetAdminInput>

export const MeInput = z.object({})
export const UpdateProfileInput = z.object({ nickname: Nickname })
export type UpdateProfileInput = z.input<typeof UpdateProfileInput>

export const UserListInput = PageQuery.extend({ role: Role.optional() })
export type UserListInput = z.input<typeof UserListInput>

/** A user as the committee sees them in the roles list; no openid ever leaves the server. */
export const UserSummary = z.object({
  userId: Id,
  nickname: z.string(),
  roles: z.array(Role),
  createdAt: z.string(),
})
export type UserSummary = z.infer<typeof UserSummary>
export const UserPage = pageOf(UserSummary)
