import { z } from 'zod'

/**
 * Roles are server data. Every signed-in caller is `public`; the others are granted by the committee
 * (admin, secretary), by claiming a shop (merchant) or by verification (member).
 */
export const ROLES = ['admin', 'secretary', 'merchant', 'member', 'public'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const ROLE_LABELS: Record<Role, string> = {
  admin: '商圈党委管理员',
  secretary: '支部书记',
  merchant: '商户',
  member: '党员',
  public: '公众',
}

/** Who may call an action: `anyone` includes callers with no identity (e.g. h5 before sign-in). */
export type Access = 'anyone' | readonly Role[]
