// "Every action refuses every role it is not for", one loop for each function's test.
import { PERSONAS } from '../../local-cloud/seed/personas'
import type { Role } from '../../types/roles'

type Caller = [openid: string | null, roles: Role[]]

/**
 * Nobody signed in, and every demo persona but the committee's with the roles the seed gives it
 * (every signed-in caller is also `public`).
 */
export const DEMO_CALLERS: Caller[] = [
  [null, []],
  ...PERSONAS.filter((p) => p.persona !== 'admin').map((p): Caller => [
    p.openid,
    ['public', ...p.roles],
  ]),
]
type Call = (openid: string | null, action: string, data: object) => Promise<{ status: number }>

/**
 * Calls each action of `actions` as each caller whose roles it is not for: no one signed in is
 * refused 401, anyone else 403.
 */
export async function expectRolesRefused(
  actions: Record<string, { access: 'anyone' | readonly string[] }>,
  callers: Caller[],
  call: Call,
): Promise<void> {
  for (const [action, spec] of Object.entries(actions)) {
    if (spec.access === 'anyone') continue
    for (const [openid, roles] of callers) {
      if (roles.some((r) => (spec.access as readonly string[]).includes(r))) continue
      const res = await call(openid, action, {})
      expect({ action, openid, status: res.status }).toEqual({
        action,
        openid,
        status: openid ? 403 : 401,
      })
    }
  }
}
