// Verb-named wrappers for every `resource.*` action (资源清单).
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type ResourceView = ActionOutput<'resource', 'get'>
export type ResourcePage = ActionOutput<'resource', 'list'>
export type PublishResourceInput = ActionInput<'resource', 'publish'>

/** Approved resources still valid, newest first. */
export function resourceList(query: ActionInput<'resource', 'list'> = {}): Promise<ResourcePage> {
  return callFunction('resource', 'list', query)
}

export function getResource(resourceId: string): Promise<ResourceView> {
  return callFunction('resource', 'get', { resourceId })
}

/** Offers a resource as a member, for a shop or for a branch; the committee reviews it. */
export function publishResource(
  input: PublishResourceInput,
  options?: CallOptions,
): Promise<ActionOutput<'resource', 'publish'>> {
  return callFunction('resource', 'publish', input, options)
}

export function myResources(query: ActionInput<'resource', 'mine'> = {}): Promise<ResourcePage> {
  return callFunction('resource', 'mine', query)
}

export function withdrawResource(resourceId: string): Promise<ResourceView> {
  return callFunction('resource', 'withdraw', { resourceId })
}

// ---- the committee -----------------------------------------------------------------------

export function resourceQueue(query: ActionInput<'resource', 'queue'> = {}): Promise<ResourcePage> {
  return callFunction('resource', 'queue', query)
}

export function reviewResource(input: ActionInput<'resource', 'review'>): Promise<ResourceView> {
  return callFunction('resource', 'review', input)
}
