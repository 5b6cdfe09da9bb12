// What each side may see of a wish. The wall (summaries) never identifies the wisher beyond a
// masked name; the contact phone is shown in full only to whoever holds or is dispatched the wish
// and to the committee, masked to the wisher, and to nobody else (a reviewing secretary included);
// the 代录 source, internal notes and who acted are the committee's. Every wish reply is built here.
import type { WishSummary, WishView, WishViewer } from '../../types/wish'
import { maskName, maskPhone } from '../../types/masking'
import type { WishDoc, WishTimelineDoc } from '../repositories/wishes'
import { decryptPhone } from '../services/member-crypto'
import { holderView } from './holders'

const ACTOR_LABELS: Record<WishTimelineDoc['actor'], string> = {
  wisher: '心愿人',
  holder: '认领人',
  assignee: '承接人',
  committee: '商圈党委',
  secretary: '支部书记',
  system: '系统',
}

/** The statuses a wisher may still withdraw from: nobody has taken the wish on. */
export const WITHDRAWABLE: readonly WishDoc['status'][] = [
  'draft',
  'pending',
  'returned',
  'rejected',
  'open',
]

/** How the caller stands to a wish, beyond the one viewer that decides what they see. */
export type WishRelation = {
  viewer: WishViewer
  committee: boolean
  /** The signed-in wisher (for 代录, the committee member who entered it). */
  wisher: boolean
  /** One of the caller's keys holds or is dispatched the wish. */
  holds: boolean
  /** A secretary of the wish's branch. */
  reviewer: boolean
  /** A member, merchant or secretary: someone who may claim. */
  mayClaim: boolean
}

const iso = (d: Date | string) => new Date(d).toISOString()

export function placeLabel(doc: WishDoc): string {
  if (!doc.place) return ''
  return doc.place.kind === 'area' ? doc.place.area : doc.place.shopName
}

export function wishSummary(doc: WishDoc): WishSummary {
  return {
    wishId: doc._id,
    title: doc.title,
    category: doc.category ?? 'other',
    status: doc.status,
    wisher: maskName(doc.wisherName),
    place: placeLabel(doc),
    wantedBy: doc.wantedBy,
    photo: doc.photos[0] ?? null,
    holder: doc.holder ? holderView(doc.holder) : null,
    thanks: doc.status === 'confirmed' ? (doc.confirmation?.thanks ?? null) : null,
    overdue: doc.overdue,
    createdAt: iso(doc.createdAt),
  }
}

function contactFor(doc: WishDoc, viewer: WishViewer): string | null {
  if (!doc.contactCipher) return null
  if (viewer === 'holder' || viewer === 'assignee' || viewer === 'committee')
    return decryptPhone(doc.contactCipher)
  if (viewer === 'wisher') return maskPhone(decryptPhone(doc.contactCipher))
  return null
}

/** The wisher's thank-you on the timeline: the one note the public reads (the wall shows it too). */
export const THANKS_ACTION = '确认已实现'

/**
 * The public reads who did what, not the free text: reasons, progress and fulfilment notes may name
 * people or places. Only the thank-you, which the wall shows anyway, keeps its note.
 */
function timelineFor(doc: WishDoc, viewer: WishViewer): WishView['timeline'] {
  const committee = viewer === 'committee'
  const notes = viewer !== 'public'
  return doc.timeline
    .filter((e) => committee || !e.internal)
    .map((e) => ({
      at: iso(e.at),
      actor:
        committee && e.byName ? `${ACTOR_LABELS[e.actor]}（${e.byName}）` : ACTOR_LABELS[e.actor],
      action: e.action,
      note: notes || e.action === THANKS_ACTION ? e.note : '',
    }))
}

/** A 代录 wish is confirmed by the committee; any other by its wisher. */
export function confirmsWish(doc: WishDoc, rel: Pick<WishRelation, 'committee' | 'wisher'>) {
  return doc.onBehalf ? rel.committee : rel.wisher
}

/** What the caller may do now: only actions the server will accept. */
export function wishActions(doc: WishDoc, rel: WishRelation): WishView['can'] {
  const can: WishView['can'] = []
  const s = doc.status
  const ownsIt = doc.onBehalf ? rel.committee || rel.wisher : rel.wisher
  if (rel.wisher && (s === 'draft' || s === 'returned' || s === 'rejected')) can.push('edit')
  if (ownsIt && WITHDRAWABLE.includes(s)) can.push('withdraw')
  const ownWish = rel.wisher && !doc.onBehalf
  if ((rel.committee || rel.reviewer) && !ownWish && s === 'pending') can.push('review')
  if (s === 'open' && rel.mayClaim && !rel.wisher) can.push('claim')
  if (s === 'claimed' && rel.holds) can.push('release', 'progress', 'fulfil')
  if (s === 'open' && rel.committee) can.push('dispatch')
  if (s === 'dispatched' && rel.holds) can.push('respond')
  if (s === 'fulfilled' && confirmsWish(doc, rel)) can.push('confirm')
  return can
}

export function wishView(
  doc: WishDoc,
  rel: WishRelation,
  extras: { resourceTitle?: string | null; projectName?: string | null } = {},
): WishView {
  const { viewer } = rel
  const seesReview = viewer === 'committee' || viewer === 'wisher' || viewer === 'reviewer'
  return {
    ...wishSummary(doc),
    description: doc.description,
    photos: doc.photos,
    placeDetail: doc.place
      ? doc.place.kind === 'area'
        ? { kind: 'area', area: doc.place.area }
        : { kind: 'shop', shopId: doc.place.shopId }
      : null,
    viewer,
    contact: contactFor(doc, viewer),
    onBehalf: viewer === 'committee' ? doc.onBehalf : null,
    reviewNote: seesReview ? doc.reviewNote : null,
    deadline: doc.deadline ? iso(doc.deadline) : null,
    respondBy: doc.respondBy ? iso(doc.respondBy) : null,
    fulfilment: doc.fulfilment
      ? {
          note: viewer === 'public' ? '' : doc.fulfilment.note,
          photos: doc.fulfilment.photos,
          at: iso(doc.fulfilment.at),
        }
      : null,
    confirmation: doc.confirmation
      ? {
          rating: doc.confirmation.rating,
          thanks: doc.confirmation.thanks,
          at: iso(doc.confirmation.at),
          auto: doc.confirmation.auto,
        }
      : null,
    project:
      doc.projectId && extras.projectName
        ? { projectId: doc.projectId, name: extras.projectName }
        : null,
    resource:
      doc.resourceId && extras.resourceTitle
        ? { resourceId: doc.resourceId, title: extras.resourceTitle }
        : null,
    timeline: timelineFor(doc, viewer),
    can: wishActions(doc, rel),
  }
}
