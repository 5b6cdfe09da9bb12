// The committee's shop management: list, create, edit, suspend, import, claim codes.
import type { HandlerOf } from '../../../server/kernel/router'
import { conflict, fieldError } from '../../../server/kernel/app-error'
import { isDuplicateWrite } from '../../../server/kernel/database'
import { BULK_WRITES, inParallel } from '../../../server/kernel/in-parallel'
import { newShopDoc } from '../../../server/domain/new-shop'
import { cardEffects, carryOut, followUpRecord } from '../../../server/domain/follow-ups'
import { shopSummary, storedIntegrity } from '../../../server/domain/shop-card'
import { storeClaimCode } from '../../../server/repositories/claim-codes'
import { mapPage } from '../../../server/repositories/paged'
import { recordShopEvent } from '../../../server/repositories/shop-events'
import {
  findShopByLicence,
  insertShop,
  listShops,
  updateShop,
  type ShopDoc,
} from '../../../server/repositories/shops'
import { readShopSheet } from '../../../server/services/shop-sheet'
import { NotASheet } from '../../../server/services/spreadsheet'
import { newShopCode } from '../../../server/services/shop-code'
import { requireDistrict, requireShop } from './access'

const CLAIM_CODE_DAYS = 7

/** A shop as the committee sees it, contact details included. */
function adminShopOf(s: ShopDoc) {
  return {
    ...shopSummary(s),
    address: s.address,
    licenceNo: s.licenceNo,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    status: s.status,
    score: storedIntegrity(s).score,
    merchantCount: (s.merchantIds ?? []).length,
  }
}

export const adminGet: HandlerOf<'shop', 'adminGet'> = async (ctx, input) =>
  adminShopOf(await requireShop(ctx, input.shopId))

export const adminList: HandlerOf<'shop', 'adminList'> = async (ctx, input) => {
  const district = await requireDistrict(ctx)
  const { keyword, status, level } = input
  const filter = { districtId: district._id, keyword, status, level }
  return mapPage(await listShops(ctx.db, filter, input), adminShopOf)
}

const licenceTaken = () => fieldError('licenceNo', '该营业执照号已登记')

export const create: HandlerOf<'shop', 'create'> = async (ctx, input) => {
  const district = await requireDistrict(ctx)
  if (await findShopByLicence(ctx.db, input.licenceNo)) throw licenceTaken()
  try {
    return { shopId: await insertShop(ctx.db, newShopDoc(input, district._id, ctx.now())) }
  } catch (err) {
    if (isDuplicateWrite(err)) throw licenceTaken()
    throw err
  }
}

export const update: HandlerOf<'shop', 'update'> = async (ctx, input) => {
  const { shopId, ...fields } = input
  await requireShop(ctx, shopId)
  if (fields.licenceNo) {
    const other = await findShopByLicence(ctx.db, fields.licenceNo)
    if (other && other._id !== shopId) throw licenceTaken()
  }
  const record = followUpRecord(ctx, cardEffects([shopId]))
  try {
    await updateShop(ctx.db, shopId, { ...fields, updatedAt: ctx.now() }, record)
  } catch (err) {
    if (isDuplicateWrite(err)) throw licenceTaken()
    throw err
  }
  await carryOut(ctx, record)
  return { shopId }
}

export const setStatus: HandlerOf<'shop', 'setStatus'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  if (shop.status === input.status)
    throw conflict(input.status === 'open' ? '店铺已在营业' : '店铺已停业')
  const now = ctx.now()
  const record = followUpRecord(ctx, cardEffects([shop._id]))
  await updateShop(ctx.db, shop._id, { status: input.status, updatedAt: now }, record)
  await carryOut(ctx, record)
  await recordShopEvent(ctx.db, {
    shopId: shop._id,
    at: now,
    reason: `${input.status === 'open' ? '恢复营业' : '停业'}：${input.reason}`,
    scoreBefore: shop.integrity.score,
    scoreAfter: shop.integrity.score,
    levelAfter: shop.integrity.level,
  })
  return { shopId: shop._id }
}

/** Imports a spreadsheet row by row: good rows become shops, refused rows say why. */
export const importSheet: HandlerOf<'shop', 'importSheet'> = async (ctx, input) => {
  const district = await requireDistrict(ctx)
  let rows
  try {
    rows = await readShopSheet(Buffer.from(input.contentBase64, 'base64'))
  } catch (err) {
    if (err instanceof NotASheet) {
      throw fieldError(
        'contentBase64',
        err.message.startsWith('缺少列') ? err.message : '文件不是有效的 Excel 表格',
      )
    }
    throw err
  }
  // In row order first: a licence repeated within the sheet is refused on its later rows.
  const firstRow = new Map<string, number>()
  for (const row of rows)
    if (row.ok) firstRow.set(row.fields.licenceNo, firstRow.get(row.fields.licenceNo) ?? row.row)
  const report = await inParallel(rows, BULK_WRITES, async (row) => {
    if (!row.ok) return { row: row.row, ok: false, name: row.name, errors: row.errors }
    const licence = row.fields.licenceNo
    const earlier = firstRow.get(licence)!
    const refused = (message: string) => ({
      row: row.row,
      ok: false,
      name: row.name,
      errors: [{ field: '营业执照号', message }],
    })
    if (earlier !== row.row) return refused(`与第 ${earlier} 行的营业执照号重复`)
    if (await findShopByLicence(ctx.db, licence)) return refused('该营业执照号已登记')
    try {
      const shopId = await insertShop(ctx.db, newShopDoc(row.fields, district._id, ctx.now()))
      return { row: row.row, ok: true, shopId, name: row.name, errors: [] }
    } catch (err) {
      // Registered a moment ago by someone else: the unique licence index decides.
      if (isDuplicateWrite(err)) return refused('该营业执照号已登记')
      throw err
    }
  })
  const created = report.filter((r) => r.ok).length
  return { created, refused: report.length - created, rows: report }
}

/** A one-time code the committee hands to the shop's owner; shown once, stored only as a hash. */
export const issueClaimCode: HandlerOf<'shop', 'issueClaimCode'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  // Same form as a shop code: easy to read out and type in.
  const code = newShopCode()
  const now = ctx.now()
  const expiresAt = new Date(now.getTime() + CLAIM_CODE_DAYS * 24 * 3600 * 1000)
  await storeClaimCode(ctx.db, code, shop._id, expiresAt, now)
  return { code, expiresAt: expiresAt.toISOString() }
}
