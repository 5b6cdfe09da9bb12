// The committee's roster import (matching registrations against it), the coverage figures and the
// member ledger export.
import { MEMBER_KIND_LABELS, STANDING_LABELS, memberKind } from '../../../types/member'
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError } from '../../../server/kernel/app-error'
import { shanghaiDay, shanghaiToday } from '../../../types/shanghai-time'
import { memberCoverage } from '../../../server/domain/member-coverage'
import { compareWithRoster } from '../../../server/domain/roster-match'
import { decryptPhone, encryptPhone, phoneHash } from '../../../server/services/member-crypto'
import { readRosterSheet, writeLedgerSheet } from '../../../server/services/member-sheet'
import { NotASheet } from '../../../server/services/spreadsheet'
import {
  membersByPhoneHashes,
  setRosterMatch,
  verifiedMembers,
} from '../../../server/repositories/members'
import { listOrgs } from '../../../server/repositories/orgs'
import { putRosterEntry, type RosterDoc } from '../../../server/repositories/roster'
import { shopNames } from '../../../server/repositories/shops'
import { roleHolderId, districtId, verifierBranches } from './access'

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
    const entry: RosterDoc = {
      _id: phoneHash(row.fields.phone),
      districtId: district,
      realName: row.fields.realName,
      phoneCipher: encryptPhone(row.fields.phone),
      joinedOn: row.fields.joinedOn ?? null,
      recordOrg: row.fields.recordOrg,
      importedAt: now,
      importedBy: roleHolderId(ctx),
    }
    await putRosterEntry(ctx.db, entry)
    entries.set(entry._id, entry)
  }
  let matched = 0
  for (const reg of await membersByPhoneHashes(ctx.db, [...entries.keys()])) {
    const match = compareWithRoster(reg, entries.get(reg.phoneHash!) ?? null)
    await setRosterMatch(ctx.db, reg._id, match)
    if (reg.status === 'pending' && match.rosterMatch === 'full') matched++
  }
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
  const [members, orgs] = await Promise.all([
    verifiedMembers(ctx.db, scope),
    listOrgs(ctx.db, district),
  ])
  const shops = await shopNames(
    ctx.db,
    members.map((m) => m.workShopId).filter((id): id is string => !!id),
  )
  const orgName = new Map(orgs.map((o) => [o._id, o.name]))
  const content = await writeLedgerSheet(
    members.map((m) => ({
      realName: m.realName ?? '',
      gender: m.gender ?? '',
      phone: m.phoneCipher ? decryptPhone(m.phoneCipher) : '',
      joinedOn: m.joinedOn ?? '',
      standing: m.standing ? STANDING_LABELS[m.standing] : '',
      kind: MEMBER_KIND_LABELS[
        m.kind ?? memberKind({ transferred: !!m.transferred, floating: !!m.floating })
      ],
      recordOrg: m.recordOrg ?? '',
      branch: (m.branchId && orgName.get(m.branchId)) || '',
      shop: (m.workShopId && shops.get(m.workShopId)) || '',
      post: m.post ?? '',
      skills: m.skills.join('、'),
      showStatus: m.showStatus ? '是' : '否',
      verifiedAt: m.verifiedAt ? shanghaiToday(new Date(m.verifiedAt)) : '',
    })),
  )
  return {
    fileName: `党员台账-${shanghaiDay(ctx.now())}.xlsx`,
    contentBase64: content.toString('base64'),
  }
}
