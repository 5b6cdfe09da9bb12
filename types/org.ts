import { z } from 'zod'
import { Id, enumOf, text } from './common'

/** Levels of the Party organisation tree in a district: 街道党工委 → 商圈党委 → 党总支 → 党支部. */
export const ORG_LEVEL_LABELS = {
  street: '街道党工委',
  district: '商圈党委',
  general: '党总支',
  branch: '党支部',
} as const
export const OrgLevel = enumOf(ORG_LEVEL_LABELS)
export type OrgLevel = z.infer<typeof OrgLevel>

/** How a branch is set up: 单独建 (own), 联合建 (several units together), 挂靠建 (attached). */
export const OrgKind = z.enum(['单独建', '联合建', '挂靠建'])
export type OrgKind = z.infer<typeof OrgKind>

/** Which level may sit under which: a branch under a general branch or the district committee. */
export const CHILD_LEVELS: Record<OrgLevel, OrgLevel[]> = {
  street: ['district'],
  district: ['general', 'branch'],
  general: ['branch'],
  branch: [],
}

export const OrgName = text(
  '请填写组织名称',
  [2, '组织名称至少 2 个字'],
  [40, '组织名称最多 40 个字'],
)

/** One node of the organisation tree, as the committee and secretaries see it. */
export const OrgNode = z.object({
  orgId: Id,
  parentId: Id.nullable(),
  name: z.string(),
  level: OrgLevel,
  kind: OrgKind.nullable(),
  secretary: z.object({ userId: Id, nickname: z.string() }).nullable(),
  shopIds: z.array(Id),
})
export type OrgNode = z.infer<typeof OrgNode>
export const OrgTree = z.object({ list: z.array(OrgNode) })

export const CreateOrgInput = z.object({
  parentId: Id,
  name: OrgName,
  level: OrgLevel,
  /** Required for general branches and branches: how they are set up. */
  kind: OrgKind.optional(),
})
export const UpdateOrgInput = z.object({
  orgId: Id,
  name: OrgName.optional(),
  kind: OrgKind.optional(),
})
export const SetSecretaryInput = z.object({ orgId: Id, userId: Id.nullable() })
export const LinkShopsInput = z.object({
  orgId: Id,
  shopIds: z.array(Id).max(200, '一个组织最多关联 200 家店铺'),
})
export const OrgIdResult = z.object({ orgId: Id })
