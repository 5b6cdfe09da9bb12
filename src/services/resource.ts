// Verb-named wrappers for every `resource.*` action (资源清单).
import type { ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type ResourcePage = ActionOutput<'resource', 'list'>

/** Approved resources still valid, newest first. */
export const resourceList = actionCaller('resource', 'list')

export const getResource = actionCaller('resource', 'get', (resourceId: string) => ({ resourceId }))

/** Offers a resource as a member, for a shop or for a branch; the committee reviews it. */
export const publishResource = actionCaller('resource', 'publish')

export const myResources = actionCaller('resource', 'mine')

export const withdrawResource = actionCaller('resource', 'withdraw', (resourceId: string) => ({
  resourceId,
}))

// ---- the committee -----------------------------------------------------------------------

export const resourceQueue = actionCaller('resource', 'queue')

export const reviewResource = actionCaller('resource', 'review')
