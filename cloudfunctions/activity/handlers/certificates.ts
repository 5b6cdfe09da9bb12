// 志愿服务证明: issued to the volunteer from their confirmed records (all, or one activity's), kept
// as issued under a serial that carries a check, and verifiable by anyone: an edited or invented
// serial is refused before any lookup, an unknown one is not found, a genuine one shows the
// masked name, the hours and the issuer.
import QRCode from 'qrcode'
import { certificateUrl } from '../../../types/pages'
import { maskName } from '../../../types/masking'
import { formatShanghai, shanghaiToday } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import { callerUser } from '../../../server/kernel/context'
import { conflict } from '../../../server/kernel/app-error'
import { findDistrict } from '../../../server/repositories/districts'
import { allRecordsOfVolunteer } from '../../../server/repositories/service-records'
import { findVolunteer } from '../../../server/repositories/volunteers'
import { findCertificate, insertCertificate } from '../../../server/repositories/certificates'
import { newCertificateSerial, serialChecks } from '../../../server/services/volunteer-codes'
import { renderCertificate } from '../../../server/services/certificate-pdf'
import { handOutFile } from '../../../server/domain/downloads'

export const certificate: HandlerOf<'activity', 'certificate'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const records = (await allRecordsOfVolunteer(ctx.db, user._id))
    .filter((r) => r.hours > 0 && (!input.activityId || r.activityId === input.activityId))
    .sort((a, b) => a.date.localeCompare(b.date))
  if (!records.length) throw conflict('还没有已确认的服务记录')
  const volunteer = await findVolunteer(ctx.db, user._id)
  const district = await findDistrict(ctx.db)
  const now = ctx.now()
  const today = shanghaiToday(now)
  const serial = newCertificateSerial(today.slice(0, 4))
  const doc = {
    _id: serial,
    volunteerId: user._id,
    name: volunteer?.realName || records[0].volunteerName,
    hours: records.reduce((sum, r) => sum + r.hours, 0),
    recordIds: records.map((r) => r._id),
    activityId: input.activityId ?? null,
    activityTitle: input.activityId ? records[0].activityTitle : null,
    issuer: district?.committeeName || district?.name || '商圈党委',
    issuedAt: now,
  }
  await insertCertificate(ctx.db, doc)
  const verifyAt = `${ctx.services.h5BaseUrl}#${certificateUrl(serial)}`
  const qr = await QRCode.toBuffer(verifyAt, { errorCorrectionLevel: 'M', margin: 1, width: 300 })
  const pdf = await renderCertificate({
    serial,
    name: doc.name,
    hours: doc.hours,
    records: records.map((r) => ({ date: r.date, activity: r.activityTitle, hours: r.hours })),
    activity: doc.activityTitle,
    issuer: doc.issuer,
    issuedOn: formatShanghai(now, 'YYYY年MM月DD日'),
    qrImage: qr,
  })
  return {
    serial,
    file: await handOutFile(ctx, `志愿服务证明-${serial}.pdf`, pdf),
  }
}

export const verifyCertificate: HandlerOf<'activity', 'verifyCertificate'> = async (ctx, input) => {
  if (!serialChecks(input.serial))
    return {
      genuine: false,
      reason: '编号校验不通过：这不是本平台出具的证明编号，或编号已被改动',
      certificate: null,
    }
  const found = await findCertificate(ctx.db, input.serial)
  if (!found) return { genuine: false, reason: '查无此证明', certificate: null }
  return {
    genuine: true,
    reason: null,
    certificate: {
      serial: found._id,
      name: maskName(found.name),
      hours: found.hours,
      records: found.recordIds.length,
      activity: found.activityTitle,
      issuer: found.issuer,
      issuedAt: new Date(found.issuedAt).toISOString(),
    },
  }
}
