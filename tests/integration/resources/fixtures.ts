// Fixtures for resources and projects: a valid offer, and wishes written straight into the database
// as the wish function stores them, so project tests need no wish flow.
import crypto from 'node:crypto'
import { blankWish, type WishDoc } from '../../../server/repositories/wishes'
import { dayIn } from '../../support/time'
import { db } from '../complaints/fixtures'

/** A resource the publish action accepts, offered `as` the given capacity. */
export function resourceInput(as: object, overrides: object = {}) {
  return {
    as,
    title: '每周免费修理小家电',
    category: 'living',
    description: '每周六下午在店门口为居民免费修理电饭煲、电风扇等小家电。',
    areas: ['步行街东段'],
    capacityPerMonth: 6,
    conditions: '只修小家电',
    validUntil: dayIn(30),
    ...overrides,
  }
}

let serial = 0

/** A wish in the given status, written as the wish function stores one; returns its id. */
export async function insertWish(overrides: Partial<WishDoc> = {}): Promise<string> {
  const id = `test-wish-${process.pid}-${++serial}-${crypto.randomBytes(3).toString('hex')}`
  const now = new Date(Date.now() - serial * 1000)
  const status = overrides.status ?? 'open'
  const doc: Omit<WishDoc, '_id'> = {
    ...blankWish(now),
    wisherId: `test-wisher-${serial}`,
    wisherName: '欧阳小明',
    onBehalf: null,
    title: `想要一台收音机 ${serial}`,
    description: '家里的收音机坏了，想要一台能听戏曲的收音机。',
    category: 'material',
    photos: ['cloud://demo/wish-photo.jpg'],
    wantedBy: null,
    place: { kind: 'area', area: '步行街东段' },
    branchId: null,
    contactCipher: 'not-a-real-cipher',
    status,
    pool: ['open', 'dispatched', 'claimed', 'fulfilled', 'confirmed'].includes(status),
    timeline: [],
    submittedAt: now,
    ...overrides,
  }
  await db().collection('wishes').doc(id).set(doc)
  return id
}
