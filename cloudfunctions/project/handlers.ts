// 项目清单: the committee bundles wishes and resources into a named project (e.g. 重阳敬老); anyone
// follows its progress. A wish belongs to at most one project, taken by a conditional update; a
// link that cannot be made is named in a field error before anything is written.
import crypto from 'node:crypto'
import type { Ctx } from '../../server/kernel/context'
import type { HandlerOf } from '../../server/kernel/router'
import { fieldError, notFound } from '../../server/kernel/app-error'
import { loaderOf } from '../../server/kernel/load'
import { projectSummary, projectView } from '../../server/domain/project-view'
import { wishSummary } from '../../server/domain/wish-view'
import { resourceView } from '../../server/domain/resource-view'
import {
  countProjectWishes,
  findWishesByIds,
  listProjectWishes,
  setWishProject,
  UNLINKABLE_WISH_STATUSES,
  unsetWishProject,
} from '../../server/repositories/project-wishes'
import {
  addProjectResources,
  findProject,
  insertProject,
  listProjects,
  removeProjectResources,
  updateProject,
  type ProjectDoc,
} from '../../server/repositories/projects'
import { findResources } from '../../server/repositories/resources'
import type { WishDoc } from '../../server/repositories/wishes'

const loadProject = loaderOf(findProject, '项目')

/** One project with its wishes and resources; the public sees only what is published. */
async function viewOf(ctx: Ctx, doc: ProjectDoc) {
  const committee = ctx.caller.roles.includes('admin')
  const now = ctx.now()
  const [counts, wishes, resources] = await Promise.all([
    countProjectWishes(ctx.db, doc._id),
    listProjectWishes(ctx.db, doc._id, { poolOnly: !committee }),
    findResources(ctx.db, doc.resourceIds),
  ])
  const order = new Map(doc.resourceIds.map((id, i) => [id, i]))
  const shown = resources
    .filter((r) => committee || r.status === 'approved')
    .sort((a, b) => order.get(a._id)! - order.get(b._id)!)
  return projectView(
    doc,
    counts,
    wishes.map(wishSummary),
    shown.map((r) => resourceView(r, now)),
  )
}

/** Wishes by id, every one of them there; else a field error naming the first missing one. */
async function wishesNamed(ctx: Ctx, ids: string[]): Promise<WishDoc[]> {
  const found = await findWishesByIds(ctx.db, ids)
  const byId = new Map(found.map((w) => [w._id, w]))
  const missing = ids.find((id) => !byId.has(id))
  if (missing) throw fieldError('wishIds', `心愿 ${missing} 不存在`)
  return [...new Set(ids)].map((id) => byId.get(id)!)
}

export const create: HandlerOf<'project', 'create'> = async (ctx, input) => {
  const now = ctx.now()
  const doc: ProjectDoc = {
    _id: crypto.randomBytes(12).toString('hex'),
    name: input.name,
    goal: input.goal,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    resourceIds: [],
    createdBy: ctx.caller.user?._id ?? '',
    createdAt: now,
    updatedAt: now,
  }
  await insertProject(ctx.db, doc)
  return { projectId: doc._id }
}

export const update: HandlerOf<'project', 'update'> = async (ctx, input) => {
  const { projectId, ...fields } = input
  if (!(await updateProject(ctx.db, projectId, fields, ctx.now()))) throw notFound('项目')
  return { projectId }
}

export const attach: HandlerOf<'project', 'attach'> = async (ctx, input) => {
  const project = await loadProject(ctx, input.projectId)
  const wishes = await wishesNamed(ctx, input.wishIds)
  for (const wish of wishes) {
    if (UNLINKABLE_WISH_STATUSES.includes(wish.status))
      throw fieldError('wishIds', `心愿「${wish.title}」是草稿或已撤回，不能纳入项目`)
    if (wish.projectId && wish.projectId !== project._id)
      throw fieldError('wishIds', `心愿「${wish.title}」已属于另一个项目`)
  }
  const resources = await findResources(ctx.db, input.resourceIds)
  const approved = new Set(resources.filter((r) => r.status === 'approved').map((r) => r._id))
  const unusable = input.resourceIds.find((id) => !approved.has(id))
  if (unusable) throw fieldError('resourceIds', `资源 ${unusable} 不存在或未发布`)

  // Each wish is taken only if still free; if another project took one meanwhile, the wishes
  // this call took are given back, so the attach is all or nothing.
  const now = ctx.now()
  const taken: string[] = []
  for (const wish of wishes) {
    if (await setWishProject(ctx.db, wish._id, project._id, now)) {
      if (!wish.projectId) taken.push(wish._id)
      continue
    }
    await Promise.allSettled(taken.map((id) => unsetWishProject(ctx.db, id, project._id, now)))
    throw fieldError('wishIds', `心愿「${wish.title}」已属于另一个项目或已撤回`)
  }
  if (input.resourceIds.length)
    await addProjectResources(ctx.db, project._id, input.resourceIds, now)
  return viewOf(ctx, await loadProject(ctx, project._id))
}

export const detach: HandlerOf<'project', 'detach'> = async (ctx, input) => {
  const project = await loadProject(ctx, input.projectId)
  const wishes = await wishesNamed(ctx, input.wishIds)
  const elsewhere = wishes.find((w) => w.projectId && w.projectId !== project._id)
  if (elsewhere) throw fieldError('wishIds', `心愿「${elsewhere.title}」不在本项目中`)
  const now = ctx.now()
  // A wish already out of the project is no change, so a repeated detach answers the same.
  await Promise.all(wishes.map((w) => unsetWishProject(ctx.db, w._id, project._id, now)))
  if (input.resourceIds.length)
    await removeProjectResources(ctx.db, project._id, input.resourceIds, now)
  return viewOf(ctx, await loadProject(ctx, project._id))
}

export const list: HandlerOf<'project', 'list'> = async (ctx, input) => {
  const page = await listProjects(ctx.db, input)
  const [counts, resources] = await Promise.all([
    Promise.all(page.list.map((p) => countProjectWishes(ctx.db, p._id))),
    findResources(
      ctx.db,
      page.list.flatMap((p) => p.resourceIds),
    ),
  ])
  const published = new Set(resources.filter((r) => r.status === 'approved').map((r) => r._id))
  return {
    ...page,
    list: page.list.map((p, i) =>
      projectSummary(p, counts[i], p.resourceIds.filter((id) => published.has(id)).length),
    ),
  }
}

export const get: HandlerOf<'project', 'get'> = async (ctx, input) =>
  viewOf(ctx, await loadProject(ctx, input.projectId))
