// What each side may see of a complaint. The committee sees everything; the complainant sees their
// own (contact masked); the merchant never learns who complained (not even a masked name: in a
// small shop that is enough to recognise a regular), never sees a contact, and never reads the
// committee's internal notes. Every complaint reply is built here.
import type { ComplaintView } from '../../types/complaint'
import { maskName, maskPhone } from '../../types/masking'
import type { ComplaintDoc, TimelineDoc } from '../repositories/complaints'
import { decryptPhone } from '../services/member-crypto'

export type ComplaintViewer = 'committee' | 'complainant' | 'merchant'

const ACTOR_LABELS: Record<TimelineDoc['actor'], string> = {
  complainant: '投诉人',
  merchant: '商户',
  committee: '商圈党委',
  system: '系统',
}

const iso = (d: Date | string) => new Date(d).toISOString()

/** Accepted or assigned and past its deadline. */
export function isOverdue(doc: ComplaintDoc, now: Date): boolean {
  return (
    (doc.status === 'accepted' || doc.status === 'assigned') &&
    !!doc.deadline &&
    new Date(doc.deadline) < now
  )
}

function complainantFor(doc: ComplaintDoc, viewer: ComplaintViewer): string | null {
  const name = doc.complainantName ?? '投诉人'
  if (viewer === 'committee') return name
  if (viewer === 'merchant') return null
  return maskName(name)
}

function contactFor(doc: ComplaintDoc, viewer: ComplaintViewer): string | null {
  if (!doc.contactCipher || viewer === 'merchant') return null
  const phone = decryptPhone(doc.contactCipher)
  return viewer === 'committee' ? phone : maskPhone(phone)
}

function timelineFor(doc: ComplaintDoc, viewer: ComplaintViewer): ComplaintView['timeline'] {
  return doc.timeline
    .filter((e) => viewer === 'committee' || !e.internal)
    .map((e) => ({
      at: iso(e.at),
      actor:
        viewer === 'committee' && e.byName
          ? `${ACTOR_LABELS[e.actor]}（${e.byName}）`
          : ACTOR_LABELS[e.actor],
      action: e.action,
      note: e.note,
    }))
}

export function complaintView(
  doc: ComplaintDoc,
  viewer: ComplaintViewer,
  now: Date,
): ComplaintView {
  return {
    complaintId: doc._id,
    shopId: doc.shopId,
    shopName: doc.shopName,
    category: doc.category,
    description: doc.description,
    photos: doc.photos,
    status: doc.status,
    anonymous: doc.anonymous,
    complainant: complainantFor(doc, viewer),
    contact: contactFor(doc, viewer),
    severity: doc.severity,
    handler: doc.handler,
    deadline: doc.deadline ? iso(doc.deadline) : null,
    overdue: isOverdue(doc, now),
    merchantReply: doc.merchantReply
      ? { text: doc.merchantReply.text, at: iso(doc.merchantReply.at) }
      : null,
    result: doc.result,
    rectification: doc.rectification,
    upheld: doc.upheld,
    rectificationVerified: doc.rectificationVerified,
    confirmation: doc.confirmation
      ? {
          satisfied: doc.confirmation.satisfied,
          rating: doc.confirmation.rating,
          comment: doc.confirmation.comment,
        }
      : null,
    timeline: timelineFor(doc, viewer),
    createdAt: iso(doc.createdAt),
  }
}
