// 项目清单: a named project (e.g. 重阳敬老) that bundles needs and resources, with its progress.
import { z } from 'zod'
import { Id, IsoDate, PageQuery, pageOf, text } from './common'
import { Day, WishSummary } from './wish'
import { ResourceView } from './resource'

const ProjectFields = {
  name: text('请填写项目名称', [2, '项目名称至少 2 个字'], [30, '项目名称最多 30 个字']),
  goal: text('请填写项目目标', [4, '请至少用 4 个字写明目标'], [300, '目标最多 300 字'], {
    multiline: true,
  }),
  startsOn: Day,
  endsOn: Day,
}

/** Compared only when both are days: a malformed one is already named by its own field. */
const endsAfterStart = (v: { startsOn?: unknown; endsOn?: unknown }) =>
  !Day.safeParse(v.startsOn).success ||
  !Day.safeParse(v.endsOn).success ||
  (v.endsOn as string) >= (v.startsOn as string)

export const CreateProjectInput = z
  .object(ProjectFields)
  .refine(endsAfterStart, { message: '结束日期不能早于开始日期', path: ['endsOn'] })
export const UpdateProjectInput = z
  .object({ projectId: Id, ...ProjectFields })
  .refine(endsAfterStart, { message: '结束日期不能早于开始日期', path: ['endsOn'] })

export const ProjectIdInput = z.object({ projectId: Id })
export const ProjectIdResult = z.object({ projectId: Id })

/** Attach or detach wishes and resources; a wish belongs to at most one project. */
export const ProjectLinkInput = z
  .object({
    projectId: Id,
    wishIds: z.array(Id, { error: '心愿编号格式不正确' }).max(50, '一次最多 50 个心愿').default([]),
    resourceIds: z
      .array(Id, { error: '资源编号格式不正确' })
      .max(50, '一次最多 50 项资源')
      .default([]),
  })
  .refine((v) => v.wishIds.length + v.resourceIds.length > 0, {
    message: '请选择心愿或资源',
    path: ['wishIds'],
  })

export const ProjectProgress = z.object({
  wishes: z.number(),
  fulfilled: z.number(),
  resources: z.number(),
  /** Distinct people whose wishes were fulfilled. */
  peopleReached: z.number(),
})

export const ProjectSummary = z.object({
  projectId: Id,
  name: z.string(),
  goal: z.string(),
  startsOn: Day,
  endsOn: Day,
  progress: ProjectProgress,
  createdAt: IsoDate,
})
export type ProjectSummary = z.infer<typeof ProjectSummary>
export const ProjectPage = pageOf(ProjectSummary)
export const ProjectListInput = PageQuery

export const ProjectView = ProjectSummary.extend({
  wishes: z.array(WishSummary),
  resources: z.array(ResourceView),
})
export type ProjectView = z.infer<typeof ProjectView>
