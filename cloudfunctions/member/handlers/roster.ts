// The committee's roster import (matching registrations against it), the coverage figures and the
// member ledger export.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { MEMBER_KIND_LABELS, STANDING_LABELS, memberKind } from '../../../types/member'
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError } from '../../../server/kernel/app-error'
import { collection } from '../../../server/kernel/database'
import { memberCoverage } from '../../../server/domain/member-coverage'
import { compareWithRoster } from '../../../server/domain/roster-match'
import { decryptPhone, encryptPhone, phoneHash } from '../../../server/services/member-crypto'
import { readRosterSheet, writeLedgerSheet } from '../../../server/services/member-sheet'
import { NotASheet } from '../../../server/services/spreadsheet'
import { membersByPhoneHashes, verifiedMembers } from '../../../server/repositories/members'
import { listOrgs } from '../../../server/repositories/orgs'
import { putRosterEntry, rosterByPhoneHashes } from '../../../server/repositories/roster'
import { shopNames } from '../../../server/repositories/shops'
import { roleHolderId, districtId, verifierBranches } from './access'

dayjs.extend(utc)

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
  const hashes: string[] = []
  for (const row of rows) {
    if (!row.ok) continue
    const hash = phoneHash(row.fields.phone)
    hashes.push(hash)
    await putRosterEntry(ctx.db, {
      _id: hash,
      districtId: district,
      realName: row.fields.realName,
      phoneCipher: encryptPhone(row.fields.phone),
      joinedOn: row.fields.joinedOn ?? null,
      recordOrg: row.fields.recordOrg,
      importedAt: now,
      importedBy: roleHolderId(ctx),
    })
  }
  const [registrations, entries] = await Promise.all([
    membersByPhoneHashes(ctx.db, hashes),
    rosterByPhoneHashes(ctx.db, hashes),
  ])
  const entryOf = new Map(entries.map((e) => [e._id, e]))
  let matched = 0
  for (const reg of registrations) {
    const match = compareWithRoster(reg, entryOf.get(reg.phoneHash!) ?? null)
    await collection(ctx.db, 'members')
      .doc(reg._id)
      .update({ ...match, rosterDiffs: ctx._.set(match.rosterDiffs) })
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
      verifiedAt: m.verifiedAt ? dayjs(m.verifiedAt).utcOffset(480).format('YYYY-MM-DD') : '',
    })),
  )
  const today = dayjs(ctx.now()).utcOffset(480).format('YYYYMMDD')
  return { fileName: `党员台账-${today}.xlsx`, contentBase64: content.toString('base64') }
}
