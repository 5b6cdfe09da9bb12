import { z } from 'zod'

/** Levels of the Party organisation tree in a district: 街道党工委 → 商圈党委 → 党总支 → 党支部. */
export const OrgLevel = z.enum(['street', 'district', 'general', 'branch'])
export type OrgLevel = z.infer<typeof OrgLevel>

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  street: '街道党工委',
  district: '商圈党委',
  general: '党总支',
  branch: '党支部',
}

/** How a branch is set up: 单独建 (own), 联合建 (several units together), 挂靠建 (attached). */
export const OrgKind = z.enum(['单独建', '联合建', '挂靠建'])
export type OrgKind = z.infer<typeof OrgKind>
