// Verb-named wrappers for every `project.*` action (项目清单).
import type { ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type ProjectPage = ActionOutput<'project', 'list'>
export type ProjectSummary = ProjectPage['list'][number]

export const projectList = actionCaller('project', 'list')

export const getProject = actionCaller('project', 'get', (projectId: string) => ({ projectId }))

export const createProject = actionCaller('project', 'create')

export const updateProject = actionCaller('project', 'update')

/** Puts wishes and resources into the project. */
export const attachToProject = actionCaller('project', 'attach')

export const detachFromProject = actionCaller('project', 'detach')
