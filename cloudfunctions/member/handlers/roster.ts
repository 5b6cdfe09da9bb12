// The committee's roster import (matching registrations against it), the coverage figures and the
// member ledger export.
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError } from '../../../server/kernel/app-error'
import { shanghaiDay } from '../../../types/shanghai-time'
import { memberCoverage } from '../../../server/domain/member-coverage'
import { compareWithRoster } from '../../../server/domain/roster-match'
import { encryptPhone, phoneHash } from '../../../server/services/member-crypto'
import { readRosterSheet, writeLedgerSheet } from '../../../server/services/member-sheet'
import { NotASheet } from '../../../server/services/spreadsheet'
import { membersByPhoneHashes, setRosterMatch } from '../../../server/repositories/members'
import { putRosterEntry, type RosterDoc } from '../../../server/repositories/roster'
import { memberLedgerRows } from '../../../server/domain/ledgers'
import { BULK_WRITES, inParallel } from '../../../server/kernel/in-parallel'
import { roleHolderId, districtId, verifierBranches } from './access'
import { handOutFile } from '../../../server/domain/downloads'

/**
 * Stores each valid row (one entry per phone, so importing again replaces), then re-compares every
 * registration with an imported phone. Refused rows are reported and stored nowhere.
 */
export const importRoster: HandlerOf<'member', 'importRoster'> = async (ctx, input) => {
  let rows
  try {
    rows = await readRosterSheet(Buffer.from(input.contentBase64, 'base64'))
  } catch (err) {
    if (err instanceof NotASheet)
      throw fieldError('contentBase64', `无法读取花名册：${err.message}（请使用 .xlsx 文件）`)
    throw err
  }
  const district = await districtId(ctx)
  const now = ctx.now()
  // One entry per phone: a later row for the same phone replaces the earlier one, here as stored.
  const entries = new Map<string, RosterDoc>()
  for (const row of rows) {
    if (!row.ok) continue
    const _id = phoneHash(row.fields.phone)
    entries.set(_id, {
      _id,
      districtId: district,
      realName: row.fields.realName,
      phoneCipher: encryptPhone(row.fields.phone),
      joinedOn: row.fields.joinedOn ?? null,
      recordOrg: row.fields.recordOrg,
      importedAt: now,
      importedBy: roleHolderId(ctx),
    })
  }
  await inParallel([...entries.values()], BULK_WRITES, (entry) => putRosterEntry(ctx.db, entry))
  const registrations = await membersByPhoneHashes(ctx.db, [...entries.keys()])
  const matches = await inParallel(registrations, BULK_WRITES, async (reg) => {
    const match = compareWithRoster(reg, entries.get(reg.phoneHash!) ?? null)
    await setRosterMatch(ctx.db, reg._id, match)
    return reg.status === 'pending' && match.rosterMatch === 'full'
  })
  const matched = matches.filter(Boolean).length
  const imported = rows.filter((r) => r.ok).length
  return {
    imported,
    refused: rows.length - imported,
    matched,
    rows: rows.map((r) => ({
      row: r.row,
      ok: r.ok,
      name: r.name,
      errors: r.ok ? [] : r.errors,
    })),
  }
}

export const coverage: HandlerOf<'member', 'coverage'> = async (ctx) =>
  memberCoverage(ctx.db, await districtId(ctx))

/** 党员台账: verified members in full, for the committee (all) or a secretary (their branches). */
export const ledger: HandlerOf<'member', 'ledger'> = async (ctx, input) => {
  const district = await districtId(ctx)
  const mine = verifierBranches(ctx)
  if (input.branchId && mine && !mine.includes(input.branchId))
    throw fieldError('branchId', '只能导出您担任书记的支部')
  const scope = input.branchId
    ? { branchIds: [input.branchId] }
    : mine
      ? { branchIds: mine }
      : { districtId: district }
  const content = await writeLedgerSheet(await memberLedgerRows(ctx.db, scope, district))
  return handOutFile(ctx, `党员台账-${shanghaiDay(ctx.now())}.xlsx`, content)
}
