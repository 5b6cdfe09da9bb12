// The committee's shop spreadsheet: the columns of the shop form, checked with its schema.
import { ShopFields } from '../../types/shop'
import { readSheet, writeSheet, type ParsedRow } from './spreadsheet'
import type { z } from 'zod'

export const SHEET_COLUMNS = {
  name: '店铺名称',
  category: '类别',
  address: '地址',
  floorUnit: '楼层/铺位',
  licenceNo: '营业执照号',
  contactName: '联系人',
  contactPhone: '联系电话',
} as const

type Field = keyof typeof SHEET_COLUMNS

export type SheetRow = ParsedRow<z.output<typeof ShopFields>>

/** Reads the first worksheet; header names may come in any order. */
export function readShopSheet(content: Buffer): Promise<SheetRow[]> {
  return readSheet(content, SHEET_COLUMNS, ShopFields, 'name')
}

/** A sheet with the header row and the given shops: the import template, and test fixtures. */
export function writeShopSheet(shops: Record<Field, string>[]): Promise<Buffer> {
  return writeSheet('店铺', SHEET_COLUMNS, shops)
}
