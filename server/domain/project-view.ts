// A project as the public and the committee see it: its progress, and for one project its wishes
// (nothing that identifies a wisher) and resources.
import type { ProjectSummary, ProjectView } from '../../types/project'
import type { ResourceView } from '../../types/resource'
import type { WishSummary } from '../../types/wish'
import type { ProjectWishCounts } from '../repositories/project-wishes'
import type { ProjectDoc } from '../repositories/projects'

const iso = (d: Date | string) => new Date(d).toISOString()

/** `resources`: how many of its resources are published (a withdrawn one no longer counts). */
export function projectSummary(
  doc: ProjectDoc,
  counts: ProjectWishCounts,
  resources: number,
): ProjectSummary {
  return {
    projectId: doc._id,
    name: doc.name,
    goal: doc.goal,
    startsOn: doc.startsOn,
    endsOn: doc.endsOn,
    progress: { ...counts, resources },
    createdAt: iso(doc.createdAt),
  }
}

export function projectView(
  doc: ProjectDoc,
  counts: ProjectWishCounts,
  wishes: WishSummary[],
  resources: ResourceView[],
): ProjectView {
  const published = resources.filter((r) => r.status === 'approved').length
  return { ...projectSummary(doc, counts, published), wishes, resources }
}
