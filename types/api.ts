// The contract: every cloud function, its actions, their input and output schemas and who may call
// them. The router on the server and the service layer on the client both read this one table.
import type { z } from 'zod'
import type { Access } from './roles'
import { OverviewInput, DistrictOverview } from './district'
import { ShopCard, ShopGetInput, ShopListInput, ShopPage } from './shop'
import { MeInput, Profile, UpdateProfileInput, UserListInput, UserPage } from './user'

export type ActionSpec = {
  input: z.ZodType
  output: z.ZodType
  access: Access
  /** One line for the API reference. */
  summary: string
  /** Writes a client may retry; the client sends an idempotency key with them. */
  idempotent?: boolean
}

function defineActions<T extends Record<string, ActionSpec>>(actions: T): T {
  return actions
}

export const API = {
  user: defineActions({
    me: { input: MeInput, output: Profile, access: ['public'], summary: '当前用户的资料与角色' },
    updateProfile: {
      input: UpdateProfileInput,
      output: Profile,
      access: ['public'],
      summary: '修改昵称',
    },
    list: { input: UserListInput, output: UserPage, access: ['admin'], summary: '用户与角色列表' },
  }),
  district: defineActions({
    overview: {
      input: OverviewInput,
      output: DistrictOverview,
      access: 'anyone',
      summary: '商圈概况与数据',
    },
  }),
  shop: defineActions({
    list: { input: ShopListInput, output: ShopPage, access: 'anyone', summary: '店铺列表与搜索' },
    get: { input: ShopGetInput, output: ShopCard, access: 'anyone', summary: '店铺公开信息' },
  }),
} as const

export type Api = typeof API
export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
type Spec<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ActionSpec
  ? Api[F][A]
  : never
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<
  Spec<F, A>['input']
>
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<
  Spec<F, A>['output']
>

export const FUNCTION_NAMES = Object.keys(API) as FunctionName[]
