import type { OrgNode } from '../../types/org'
import { api } from './call-function'

/** The district's Party organisation tree, as a flat list of nodes. */
export async function getOrgTree(): Promise<OrgNode[]> {
  return (await api.org.tree()).list
}
