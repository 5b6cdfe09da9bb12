// Who a complaint concerns besides the complainant: the shop's merchants, or the committee.
import type { ComplaintDoc } from '../repositories/complaints'
import type { Database } from '../kernel/database'
import { findShop } from '../repositories/shops'
import { userIdsWithRole } from '../repositories/users'

export function committeeIds(db: Database): Promise<string[]> {
  return userIdsWithRole(db, 'admin')
}

export async function merchantIdsOf(db: Database, shopId: string): Promise<string[]> {
  return (await findShop(db, shopId))?.merchantIds ?? []
}

/** Whoever handles the complaint: its shop's merchants, or the committee (for itself or a department). */
export function handlerIds(db: Database, doc: ComplaintDoc): Promise<string[]> {
  return doc.handler?.kind === 'merchant' ? merchantIdsOf(db, doc.shopId) : committeeIds(db)
}
