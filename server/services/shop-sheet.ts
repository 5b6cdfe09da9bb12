// The committee's shop spreadsheet: the columns of the shop form, checked with its schema.
import { SHOP_SHEET_COLUMNS, ShopFields } from '../../types/shop'
import { readSheet, writeSheet, type ParsedRow } from './spreadsheet'
import type { z } from 'zod'

type Field = keyof typeof SHOP_SHEET_COLUMNS

export type SheetRow = ParsedRow<z.output<typeof ShopFields>>

/** Reads the first worksheet; header names may come in any order. */
export function readShopSheet(content: Buffer): Promise<SheetRow[]> {
  return readSheet(content, SHOP_SHEET_COLUMNS, ShopFields, 'name')
}

/** A sheet with the header row and the given shops: the import template, and test fixtures. */
export function writeShopSheet(shops: Record<Field, string>[]): Promise<Buffer> {
  return writeSheet('店铺', SHOP_SHEET_COLUMNS, shops)
}
