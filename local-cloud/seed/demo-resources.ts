// Demo 资源清单 and 项目清单: offers by the member persona, the merchant persona's shop and the
// secretary's branch, approved the way the committee approves them (pending, then a conditional
// update); one still waiting for review; and the project 重阳敬老 bundling two of them.
import { holderKey } from '../../server/domain/holders'
import type { Database } from '../../server/kernel/database'
import { addProjectResources, insertProject } from '../../server/repositories/projects'
import {
  insertResource,
  updateResourceIf,
  type ResourceDoc,
} from '../../server/repositories/resources'
import type { HolderDoc } from '../../server/repositories/wishes'
import { shanghaiMonth, shanghaiToday } from '../../types/shanghai-time'
import { DEMO_SHOPS } from './demo-district'
import { once } from './once'

const DAY_MS = 24 * 3600 * 1000

const MEMBER: HolderDoc = { kind: 'member', userId: 'user-member', name: '陈晓燕' }
const SHOP: HolderDoc = {
  kind: 'merchant',
  userId: 'user-merchant',
  name: DEMO_SHOPS[0].name,
  shopId: DEMO_SHOPS[0]._id,
}
const BRANCH: HolderDoc = {
  kind: 'branch',
  userId: 'user-secretary',
  name: '美食街党支部',
  orgId: 'org-food-street',
}

type DemoResource = Pick<
  ResourceDoc,
  | '_id'
  | 'owner'
  | 'title'
  | 'category'
  | 'description'
  | 'areas'
  | 'capacityPerMonth'
  | 'conditions'
> & { approved: boolean; days: number }

const DEMO_RESOURCES: DemoResource[] = [
  {
    _id: 'demo-resource-1',
    owner: MEMBER,
    title: '每月为老人免费理发',
    category: 'living',
    description: '每月第一个周二上午，为商圈周边 70 岁以上老人免费理发，行动不便的可以上门。',
    areas: ['步行街东段', '红星路'],
    capacityPerMonth: 10,
    conditions: '70 岁以上老人，请提前一天预约',
    approved: true,
    days: 180,
  },
  {
    _id: 'demo-resource-2',
    owner: BRANCH,
    title: '党员律师免费法律咨询',
    category: 'legal',
    description:
      '支部的党员律师每月两次坐班，为商户和居民解答劳动用工、租赁合同、消费纠纷等法律问题。',
    areas: [],
    capacityPerMonth: 8,
    conditions: '',
    approved: true,
    days: 365,
  },
  {
    _id: 'demo-resource-3',
    owner: BRANCH,
    title: '周末陪伴独居老人',
    category: 'companionship',
    description: '支部党员轮流在周末下午陪独居老人聊天、读报、散步，也帮忙用手机视频联系子女。',
    areas: ['一楼'],
    capacityPerMonth: 4,
    conditions: '仅限周末下午',
    approved: true,
    days: 120,
  },
  {
    _id: 'demo-resource-4',
    owner: SHOP,
    title: '每月 20 份爱心牛肉面',
    category: 'material',
    description: '每月为困难老人、环卫工人免费提供 20 份牛肉面，可到店食用，也可打包带走。',
    areas: [],
    capacityPerMonth: 20,
    conditions: '凭社区或商圈党委开具的介绍到店领取',
    approved: true,
    days: 240,
  },
  {
    _id: 'demo-resource-5',
    owner: MEMBER,
    title: '中小学生作业辅导',
    category: 'living',
    description: '每周两个晚上为商户子女辅导数学、化学作业，在店里的休息区进行。',
    areas: ['步行街东段'],
    capacityPerMonth: 8,
    conditions: '初中及以下',
    approved: false,
    days: 90,
  },
]

export async function seedDemoResources(db: Database, now: Date): Promise<void> {
  for (const [i, r] of DEMO_RESOURCES.entries()) {
    const { approved, days, ...fields } = r
    const at = new Date(now.getTime() - (DEMO_RESOURCES.length - i) * DAY_MS)
    await once(
      insertResource(db, {
        ...fields,
        ownerKey: holderKey(r.owner),
        validUntil: shanghaiToday(new Date(now.getTime() + days * DAY_MS)),
        status: 'pending',
        reviewNote: null,
        usedMonth: shanghaiMonth(now),
        used: 0,
        served: 0,
        createdAt: at,
        updatedAt: at,
      }),
    )
    if (approved)
      await updateResourceIf(db, r._id, ['pending'], { status: 'approved', updatedAt: now })
  }
  await once(
    insertProject(db, {
      _id: 'demo-project-1',
      name: '重阳敬老',
      goal: '重阳节前后，为商圈周边的老人理发、送餐、陪伴聊天，让老人过一个温暖的节日。',
      startsOn: shanghaiToday(new Date(now.getTime() - 14 * DAY_MS)),
      endsOn: shanghaiToday(new Date(now.getTime() + 45 * DAY_MS)),
      resourceIds: [],
      createdBy: 'user-admin',
      createdAt: now,
      updatedAt: now,
    }),
  )
  await addProjectResources(db, 'demo-project-1', ['demo-resource-1', 'demo-resource-4'], now)
}
