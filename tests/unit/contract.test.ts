// The shared contract: every action declares schemas and roles, errors map to HTTP statuses.
import { API, type ActionSpec } from '../../types/api'
import { ERROR_CODES, HTTP_STATUS } from '../../types/errors'
import { ROLES } from '../../types/roles'
import { ShopListInput } from '../../types/shop'
import { UpdateProfileInput } from '../../types/user'

it('maps every error code to a distinct HTTP status', () => {
  const statuses = ERROR_CODES.map((c) => HTTP_STATUS[c])
  expect(new Set(statuses).size).toBe(ERROR_CODES.length)
  expect(HTTP_STATUS).toMatchObject({
    VALIDATION: 400,
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    RATE_LIMITED: 429,
  })
})

it('gives every action a summary and a known set of roles', () => {
  for (const actions of Object.values(API)) {
    for (const spec of Object.values(actions as Record<string, ActionSpec>)) {
      expect(spec.summary.length).toBeGreaterThan(1)
      if (spec.access !== 'anyone') for (const role of spec.access) expect(ROLES).toContain(role)
    }
  }
})

it('fills paging defaults and bounds page size', () => {
  expect(ShopListInput.parse({})).toEqual({ page: 1, pageSize: 20 })
  expect(ShopListInput.safeParse({ pageSize: 500 }).error?.issues[0].message).toBe('每页最多 50 条')
})

it('trims nicknames and explains what is wrong in Chinese', () => {
  expect(UpdateProfileInput.parse({ nickname: ' 小王 ' })).toEqual({ nickname: '小王' })
  expect(UpdateProfileInput.safeParse({}).error?.issues[0].message).toBe('请填写昵称')
})
