// 项目清单: projects bundling wishes (each wish's projectId) and resources (the project's list).
import type { Paged } from '../../types/common'
import { collection, type Database } from '../kernel/database'
import { pagedQuery, type PageRequest, NEWEST } from './paged'
import { addsUnlessPresent, byId, updateIf } from './reads'
import type { Stamped } from './stamped'

export type ProjectDoc = Stamped & {
  _id: string
  name: string
  goal: string
  /** YYYY-MM-DD, Asia/Shanghai. */
  startsOn: string
  endsOn: string
  resourceIds: string[]
  createdBy: string
}

export type ProjectFields = Pick<ProjectDoc, 'name' | 'goal' | 'startsOn' | 'endsOn'>

export const findProject = byId<ProjectDoc>('projects')

/** Creates a project under an id chosen by the caller; false when one with that id exists. */
export const insertProject = addsUnlessPresent<ProjectDoc>('projects')

/** Changes a project's name, goal and dates; false when there is no such project. */
export function updateProject(
  db: Database,
  id: string,
  fields: ProjectFields,
  now: Date,
): Promise<boolean> {
  return updateOne(db, id, fields, now)
}

/** Adds resources to a project's list, each once however often it is asked (addToSet). */
export function addProjectResources(
  db: Database,
  id: string,
  resourceIds: string[],
  now: Date,
): Promise<boolean> {
  return updateOne(db, id, { resourceIds: db.command.addToSet({ $each: resourceIds }) }, now)
}

/** Takes resources off a project's list; ids not on it are no change. */
export function removeProjectResources(
  db: Database,
  id: string,
  resourceIds: string[],
  now: Date,
): Promise<boolean> {
  return updateOne(db, id, { resourceIds: db.command.pullAll(resourceIds) }, now)
}

/** Writes a change to one project and stamps it; false when there is no such project. */
async function updateOne(db: Database, id: string, change: object, now: Date): Promise<boolean> {
  return updateIf(db, 'projects', { _id: id }, { ...change, updatedAt: now })
}

/** Every project, newest first. */
export function listProjects(db: Database, page: PageRequest): Promise<Paged<ProjectDoc>> {
  return pagedQuery(collection(db, 'projects').where({}), NEWEST, page)
}
