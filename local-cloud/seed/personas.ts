import type { Role } from '../../types/roles'

/** The demo users a person can act as on the local sign-in page. */
export type Persona = {
  persona: 'admin' | 'secretary' | 'merchant' | 'member' | 'shopper'
  openid: string
  nickname: string
  roles: Role[]
  description: string
}

export const PERSONAS: readonly Persona[] = [
  {
    persona: 'admin',
    openid: 'demo-admin',
    nickname: '王建国',
    roles: ['admin'],
    description: '商圈党委管理员：审核党员、管理店铺、处理投诉、查看数据',
  },
  {
    persona: 'secretary',
    openid: 'demo-secretary',
    nickname: '李红梅',
    roles: ['secretary', 'member'],
    description: '支部书记：审核本支部党员、组织活动',
  },
  {
    persona: 'merchant',
    openid: 'demo-merchant',
    nickname: '张志明',
    roles: ['merchant', 'member'],
    description: '商户（党员经营户）：管理店铺、亮承诺、回复投诉',
  },
  {
    persona: 'member',
    openid: 'demo-member',
    nickname: '陈晓燕',
    roles: ['member'],
    description: '党员：亮身份、认领微心愿、报名志愿服务',
  },
  {
    persona: 'shopper',
    openid: 'demo-shopper',
    nickname: '刘阳',
    roles: [],
    description: '公众：扫码查看店铺诚信档案、评价、投诉',
  },
]
