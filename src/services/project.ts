// Verb-named wrappers for every `project.*` action (项目清单).
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type ProjectView = ActionOutput<'project', 'get'>
export type ProjectPage = ActionOutput<'project', 'list'>
export type ProjectSummary = ProjectPage['list'][number]

export function projectList(query: ActionInput<'project', 'list'> = {}): Promise<ProjectPage> {
  return callFunction('project', 'list', query)
}

export function getProject(projectId: string): Promise<ProjectView> {
  return callFunction('project', 'get', { projectId })
}

export function createProject(
  input: ActionInput<'project', 'create'>,
  options?: CallOptions,
): Promise<ActionOutput<'project', 'create'>> {
  return callFunction('project', 'create', input, options)
}

export function updateProject(
  input: ActionInput<'project', 'update'>,
): Promise<ActionOutput<'project', 'update'>> {
  return callFunction('project', 'update', input)
}

/** Puts wishes and resources into the project. */
export function attachToProject(input: ActionInput<'project', 'attach'>): Promise<ProjectView> {
  return callFunction('project', 'attach', input)
}

export function detachFromProject(input: ActionInput<'project', 'detach'>): Promise<ProjectView> {
  return callFunction('project', 'detach', input)
}
