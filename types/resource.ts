// 资源清单: what members, merchants and branches offer (free haircuts for the elderly each month,
// legal advice, a meeting room). The committee approves an offer; approved ones are suggested for
// wishes of their category and area, and each wish a resource serves counts against its monthly
// capacity.
import { z } from 'zod'
import {
  Id,
  IsoDate,
  PageQuery,
  pageOf,
  enumOf,
  reviewInput,
  searchText,
  text,
  wholeNumber,
} from './common'
import { ActingAs, Day, WishCategory, WishHolder } from './wish'

export const RESOURCE_STATUSES = {
  pending: '待审核',
  approved: '已发布',
  rejected: '未通过',
  withdrawn: '已撤回',
} as const
export type ResourceStatus = keyof typeof RESOURCE_STATUSES
export const ResourceStatus = enumOf(RESOURCE_STATUSES, '资源状态不正确')

/** Areas served (e.g. 一楼, 步行街东段); empty serves the whole district. */
export const ServiceAreas = z
  .array(text('请填写区域', [2, '区域至少 2 个字'], [20, '区域最多 20 字']), {
    error: '服务区域格式不正确',
  })
  .max(5, '最多 5 个服务区域')
  .default([])

export const PublishResourceInput = z.object({
  /** Offered as a member, for one of the caller's shops, or for one of their branches. */
  as: ActingAs,
  title: text('请填写资源名称', [4, '名称至少 4 个字'], [30, '名称最多 30 个字']),
  category: WishCategory,
  description: text('请描述资源', [10, '请至少用 10 个字描述'], [300, '描述最多 300 字'], {
    multiline: true,
  }),
  areas: ServiceAreas,
  capacityPerMonth: wholeNumber(
    '请填写每月可服务次数',
    '每月可服务次数须为整数',
    [1, '每月至少 1 次'],
    [999, '每月最多 999 次'],
  ),
  conditions: text('请填写条件', [0], [200, '条件最多 200 字'], { multiline: true }).default(''),
  /** Last day the offer stands (Asia/Shanghai), today or later. */
  validUntil: Day,
})
export type PublishResourceInput = z.input<typeof PublishResourceInput>

export const ResourceIdInput = z.object({ resourceId: Id })
export const ResourceIdResult = z.object({ resourceId: Id })

export const ReviewResourceInput = reviewInput(
  { resourceId: Id },
  ['approve', 'reject'],
  '请填写不通过的原因',
)

export const ResourceView = z.object({
  resourceId: Id,
  title: z.string(),
  category: WishCategory,
  description: z.string(),
  areas: z.array(z.string()),
  capacityPerMonth: z.number(),
  /** Used this month (Asia/Shanghai). */
  usedThisMonth: z.number(),
  conditions: z.string(),
  validUntil: Day,
  owner: WishHolder,
  status: ResourceStatus,
  reviewNote: z.string().nullable(),
  /** Wishes served in all, from the ledger of wishes it was dispatched with. */
  served: z.number(),
  createdAt: IsoDate,
})
export type ResourceView = z.infer<typeof ResourceView>
export const ResourcePage = pageOf(ResourceView)

export const ResourceListInput = PageQuery.extend({
  category: WishCategory.optional(),
  keyword: searchText(30),
})
export const ResourceQueueInput = PageQuery.extend({ status: ResourceStatus.optional() })
export const MyResourcesInput = PageQuery
