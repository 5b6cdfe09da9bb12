// A project as the public and the committee see it: its progress, and for one project its wishes
// (nothing that identifies a wisher) and resources.
import type { ProjectSummary, ProjectView } from '../../types/project'
import type { ResourceView } from '../../types/resource'
import type { WishSummary } from '../../types/wish'
import { maskName } from '../../types/masking'
import type { ProjectWishCounts } from '../repositories/project-wishes'
import type { ProjectDoc } from '../repositories/projects'
import type { WishDoc } from '../repositories/wishes'
import { holderView } from './holders'

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

/**
 * A wish in a project as the public sees it in the pool: the wisher masked (王*) and nothing else
 * of them. Stands in for the wish function's own summary until the two are joined; keep the same
 * rules (server/domain/wish-view.ts, once it exists, is the one place they live).
 */
export function projectWishSummary(doc: WishDoc): WishSummary {
  const place = !doc.place ? '' : doc.place.kind === 'area' ? doc.place.area : doc.place.shopName
  return {
    wishId: doc._id,
    title: doc.title,
    // A linked wish is never a draft, so it has a category.
    category: doc.category ?? 'other',
    status: doc.status,
    wisher: maskName(doc.wisherName),
    place,
    wantedBy: doc.wantedBy,
    photo: doc.photos[0] ?? null,
    holder: doc.holder ? holderView(doc.holder) : null,
    thanks: doc.confirmation?.thanks ?? null,
    overdue: doc.overdue,
    createdAt: iso(doc.createdAt),
  }
}
