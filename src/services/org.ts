// Verb-named wrappers for the `org.*` actions: the district's Party organisation tree.
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction } from './call-function'

export type OrgNode = ActionOutput<'org', 'tree'>['list'][number]
export type CreateOrgInput = ActionInput<'org', 'create'>

export async function getOrgTree(): Promise<OrgNode[]> {
  return (await callFunction('org', 'tree', {})).list
}

export function createOrg(input: CreateOrgInput): Promise<{ orgId: string }> {
  return callFunction('org', 'create', input)
}

/** Appoints a secretary, or with null removes the current one. */
export function setOrgSecretary(orgId: string, userId: string | null): Promise<{ orgId: string }> {
  return callFunction('org', 'setSecretary', { orgId, userId })
}

export function linkOrgShops(orgId: string, shopIds: string[]): Promise<{ orgId: string }> {
  return callFunction('org', 'linkShops', { orgId, shopIds })
}
