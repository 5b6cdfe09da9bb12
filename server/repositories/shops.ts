// Shops of a district. Public replies are built from these documents by the shop handlers.
import type { Integrity } from '../../types/integrity'
import type {
  AwardedHonour,
  Commitment,
  Honour,
  ShopCategory,
  ShopOrder,
  ShopStatus,
  StoredShopCard,
} from '../../types/shop'
import type { Paged } from '../../types/common'
import { collection, escapeRegExp, type Database, type NewDoc } from '../kernel/database'
import { chunks } from '../kernel/in-parallel'
import { pagedQuery, type Order, type PageRequest } from './paged'
import { byId, findOne, MAX_READ, readAll, updateIf } from './reads'
import type { Stamped } from './stamped'
import { updateWithFollowUp, type FollowUpDoc } from './follow-ups'

export type ShopDoc = Stamped & {
  _id: string
  districtId: string
  name: string
  category: ShopCategory
  address: string
  floorUnit: string
  licenceNo: string
  contactName: string
  contactPhone: string
  description: string
  hours: string
  status: ShopStatus
  merchantIds: string[]
  /** Short public code signed into the shop's QR payload (fits the 32-character scene). */
  code: string
  photos: string[]
  commitments: Commitment[]
  /** Awarded honours, as names for the list filter and index, with details alongside. */
  honours: Honour[]
  honourDetails: (Omit<AwardedHonour, 'awardedAt'> & { awardedAt: Date })[]
  /** Stored result of the integrity rule; recomputed when an event changes the record. */
  integrity: Integrity & { updatedAt: Date }
  /** Counted ratings, stored beside the integrity they fed. */
  ratingAverage?: number
  ratingCount?: number
  /** The Party organisation covering the shop (mirrors the org's shopIds). */
  orgId?: string
  /** The public card, a projection rewritten by the events that change it (card-projection.ts). */
  card?: StoredShopCard
  /** Bumped by every card write; a write is conditional on the version it read. */
  cardVersion?: number
}

export const findShop = byId<ShopDoc>('shops')

type Paging = PageRequest
/** Lists leave out the stored card: only a scan or a shop's page needs it. */
const WITHOUT_CARD = { card: false }
const BY_NAME = { field: 'name', direction: 'asc' } as const
const SHOP_ORDER: Record<ShopOrder, Order> = {
  name: BY_NAME,
  'score-asc': { field: 'integrity.score', direction: 'asc' },
  'score-desc': { field: 'integrity.score', direction: 'desc' },
}

/** A district's shops in name order: by status, honour, category or level, with name search. */
export async function listShops(
  db: Database,
  filter: {
    districtId: string
    status?: ShopStatus
    keyword?: string
    category?: ShopCategory
    honour?: Honour
    level?: string
  },
  page: Paging & { order?: ShopOrder },
): Promise<Paged<ShopDoc>> {
  const { districtId, keyword, ...exact } = filter
  const where: Record<string, unknown> = { districtId }
  if (exact.status) where.status = exact.status
  if (exact.honour) where.honours = exact.honour
  if (exact.category) where.category = exact.category
  if (exact.level) where['integrity.level'] = exact.level
  if (keyword) where.name = db.RegExp({ regexp: escapeRegExp(keyword), options: 'i' })
  return pagedQuery<ShopDoc>(
    collection(db, 'shops').where(where).field(WITHOUT_CARD),
    SHOP_ORDER[page.order ?? 'name'],
    page,
  )
}

export async function countOpenShops(db: Database, districtId: string): Promise<number> {
  return (await collection(db, 'shops').where({ districtId, status: 'open' }).count()).total
}

/** The card a scan shows, with the status that decides whether it is shown: one read by code. */
export function findShopCardByCode(
  db: Database,
  code: string,
): Promise<Pick<ShopDoc, '_id' | 'status' | 'card'> | null> {
  return findOne(db, 'shops', { code }, { status: true, card: true })
}

export async function findShopByLicence(db: Database, licenceNo: string): Promise<ShopDoc | null> {
  return findOne<ShopDoc>(db, 'shops', { licenceNo })
}

/** Every shop of a district in name order, whatever its status (the ledger); without cards. */
export function allShops(db: Database, districtId: string): Promise<ShopDoc[]> {
  return readAll<ShopDoc>(db, 'shops', { districtId }, { order: BY_NAME, fields: WITHOUT_CARD })
}

/** Open shops of a district in name order (ties by id, so parts agree), `skip` in, for posters. */
export async function openShopsForPosters(
  db: Database,
  districtId: string,
  skip: number,
  take: number,
): Promise<ShopDoc[]> {
  if (take <= 0) return []
  const res = await collection(db, 'shops')
    .where({ districtId, status: 'open' })
    .orderBy('name', 'asc')
    .orderBy('_id', 'asc')
    .skip(skip)
    .limit(take)
    .get()
  return res.data as ShopDoc[]
}

/** The shops a merchant runs (the shop's list of merchants is the record). */
export async function shopsRunBy(db: Database, userId: string): Promise<ShopDoc[]> {
  const res = await collection(db, 'shops').where({ merchantIds: userId }).limit(100).get()
  return res.data as ShopDoc[]
}

export async function insertShop(db: Database, shop: NewDoc<ShopDoc>): Promise<string> {
  return String((await collection(db, 'shops').add(shop)).id)
}

/** What a plain update may change; merchants, honours, the code and integrity have their own. */
export type ShopChange = Partial<
  Omit<
    ShopDoc,
    | '_id'
    | 'districtId'
    | 'code'
    | 'merchantIds'
    | 'honours'
    | 'honourDetails'
    | 'integrity'
    | 'card'
    | 'cardVersion'
  >
>

/**
 * Changes a shop with the follow-up record that rebuilds its card (and integrity), in one
 * transaction; false when the shop does not exist.
 */
export function updateShop(
  db: Database,
  shopId: string,
  change: ShopChange,
  record: FollowUpDoc | null,
): Promise<boolean> {
  return updateWithFollowUp(db, 'shops', shopId, () => true, change, {}, record)
}

/**
 * Stores a shop's rebuilt integrity (replacing the old one whole), the ratings it counted and its
 * card, if nobody wrote them since the version they were built against (`undefined`: the shop
 * had none yet); false when another write came first.
 */
export async function writeShopRecordIf(
  db: Database,
  shopId: string,
  version: number | undefined,
  record: {
    integrity: ShopDoc['integrity']
    ratings: { average: number; count: number }
    card: StoredShopCard
  },
): Promise<boolean> {
  const _ = db.command
  const unchanged = version === undefined ? _.exists(false) : version
  return updateIf(
    db,
    'shops',
    { _id: shopId, cardVersion: unchanged },
    {
      integrity: _.set(record.integrity),
      ratingAverage: record.ratings.average,
      ratingCount: record.ratings.count,
      card: _.set(record.card),
      cardVersion: (version ?? 0) + 1,
    },
  )
}

/** Awards the honour unless the shop has it already, with the record that rescores it; false if it had. */
export function addHonour(
  db: Database,
  shopId: string,
  detail: ShopDoc['honourDetails'][number],
  now: Date,
  record: FollowUpDoc | null,
): Promise<boolean> {
  const lacks = (shop: ShopDoc) => !shop.honours.includes(detail.honour)
  const award = { updatedAt: now }
  const appends = { honours: [detail.honour], honourDetails: [detail] }
  return updateWithFollowUp(db, 'shops', shopId, lacks, award, appends, record)
}

/** Takes the honour away if the shop has it, with the record that rescores it; false if it had not. */
export function removeHonour(
  db: Database,
  shopId: string,
  honour: Honour,
  now: Date,
  record: FollowUpDoc | null,
): Promise<boolean> {
  const _ = db.command
  const has = (shop: ShopDoc) => shop.honours.includes(honour)
  const takeAway = { honours: _.pull(honour), honourDetails: _.pull({ honour }), updatedAt: now }
  return updateWithFollowUp(db, 'shops', shopId, has, takeAway, {}, record)
}

/** Names of the given shops (for lists that show where members work). */
export async function shopNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  // A read returns at most MAX_READ documents: a district's worth of ids is asked in runs.
  const runs = await Promise.all(
    chunks([...new Set(ids)], MAX_READ).map(async (run) => {
      const res = await collection(db, 'shops')
        .where({ _id: db.command.in(run) })
        .field({ name: true })
        .limit(run.length)
        .get()
      return res.data as { _id: string; name: string }[]
    }),
  )
  return new Map(runs.flat().map((s) => [s._id, s.name]))
}

/** How many of the given shops are open (coverage counts open shops only). */
export async function countOpenAmong(db: Database, ids: string[]): Promise<number> {
  const counts = await Promise.all(
    chunks(ids, 500).map(
      async (run) =>
        (
          await collection(db, 'shops')
            .where({ _id: db.command.in(run), status: 'open' })
            .count()
        ).total,
    ),
  )
  return counts.reduce((a, b) => a + b, 0)
}
