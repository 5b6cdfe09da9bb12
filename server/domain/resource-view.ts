// A resource as every reply shows it: its owner as the public sees a holder (a member masked), and
// this month's use (a count kept for an earlier month is none this month).
import type { ResourceView } from '../../types/resource'
import { shanghaiMonth } from '../../types/shanghai-time'
import type { ResourceDoc } from '../repositories/resources'
import { holderView } from './holders'

export function resourceView(doc: ResourceDoc, now: Date): ResourceView {
  return {
    resourceId: doc._id,
    title: doc.title,
    category: doc.category,
    description: doc.description,
    areas: doc.areas,
    capacityPerMonth: doc.capacityPerMonth,
    usedThisMonth: doc.usedMonth === shanghaiMonth(now) ? doc.used : 0,
    conditions: doc.conditions,
    validUntil: doc.validUntil,
    owner: holderView(doc.owner),
    status: doc.status,
    reviewNote: doc.reviewNote,
    served: doc.served,
    createdAt: new Date(doc.createdAt).toISOString(),
  }
}
