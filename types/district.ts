import { z } from 'zod'
import { Id } from './common'

export const OverviewInput = z.object({})

export const DistrictFigures = z.object({
  /** Shops open for business (not suspended). */
  shops: z.number(),
  /** Party organisations (committee, general branches, branches). */
  orgs: z.number(),
  /** Verified Party members. */
  members: z.number(),
  /** Open shops with at least one verified member working there. */
  shopsWithMembers: z.number(),
})
export type DistrictFigures = z.infer<typeof DistrictFigures>

export const DistrictOverview = z.object({
  districtId: Id,
  name: z.string(),
  committeeName: z.string(),
  intro: z.string(),
  figures: DistrictFigures,
})
export type DistrictOverview = z.infer<typeof DistrictOverview>
