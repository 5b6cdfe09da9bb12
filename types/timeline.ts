import { z } from 'zod'
import { IsoDate } from './common'

/** One step in a complaint's or a wish's history, as the viewer may see it. */
export const TimelineEntry = z.object({
  at: IsoDate,
  /** Who acted, as the viewer may see them: 投诉人, 心愿人, 认领人, 商户, 商圈党委, 系统… */
  actor: z.string(),
  action: z.string(),
  note: z.string(),
})
export type TimelineEntry = z.infer<typeof TimelineEntry>
