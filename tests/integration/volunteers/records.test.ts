// The hours through the real flow — on-time, late, early-leaving, never-checked-out, absent and
// by-hand volunteers — confirmed into records and totals exactly once; corrections approved and
// rejected moving the totals exactly; certificates issued and verified; figures and the ledger.
import ExcelJS from 'exceljs'
import { fetchDownload } from '../../support/downloads'
import { newCertificateSerial } from '../../../server/services/volunteer-codes'
import { shanghaiMonth } from '../../../types/shanghai-time'
import { hoursOf } from '../../../server/domain/roster-view'
import * as crash from '../../support/crash'
import { dumpDatabase, expectEveryQueryIndexed } from '../../support/stack'
import { createVolunteer, db, ok, volunteerStack } from './fixtures'

const t = volunteerStack()
const YEAR = shanghaiMonth(new Date()).slice(0, 4)

it('confirms the hours the rule gives, once, and corrections move the totals exactly', async () => {
  const leader = await createVolunteer('李负责')
  const [onTime, late, early, forgot, absent, byHand] = await Promise.all(
    ['赵准时', '钱迟到', '孙早退', '李忘签退', '周缺席', '吴手工'].map((n) => createVolunteer(n)),
  )
  const people = [onTime, late, early, forgot, absent, byHand]
  // A 2-hour activity starting in 10 minutes: check-in is open.
  const activityId = await t.checkInOpen(leader, people, { hours: 2 })
  const scanned = async (who: { openid: string }, kind: 'checkIn' | 'checkOut') =>
    ok(await t.scan(who, kind, activityId))

  for (const who of [onTime, early, forgot])
    expect((await scanned(who, 'checkIn')).late).toBe(false)
  expect((await t.call(leader.openid, 'confirmHours', { activityId })).status).toBe(409)
  await t.travel(activityId, 39) // 29 minutes after the start
  expect((await scanned(late, 'checkIn')).late).toBe(true)
  await t.travel(activityId, 32) // 61 minutes in
  await scanned(early, 'checkOut')
  await t.travel(activityId, 70) // 10 minutes after the end
  await scanned(onTime, 'checkOut')
  await scanned(late, 'checkOut')
  const a = await t.storedActivity(activityId)
  const at = (minutes: number) => new Date(new Date(a.startAt).getTime() + minutes * 60e3)
  await ok(
    await t.call(leader.openid, 'attendance', {
      activityId,
      userId: byHand.userId,
      mark: 'late',
      checkInAt: at(45).toISOString(),
      checkOutAt: at(105).toISOString(),
      reason: '手机没电，现场登记',
    }),
  )
  const bad = await t.call(leader.openid, 'attendance', {
    activityId,
    userId: byHand.userId,
    mark: 'present',
    checkInAt: null,
    reason: '补登',
  })
  expect(bad.body.error.issues).toEqual([{ path: 'checkInAt', message: '请填写签到时间' }])
  expect((await t.call(onTime.openid, 'roster', { activityId })).status).toBe(403)

  const expected = new Map([
    [onTime.userId, 2],
    [late.userId, 1.5],
    [early.userId, 1],
    [forgot.userId, 2],
    [absent.userId, 0],
    [byHand.userId, 1],
  ])
  const roster = await ok(await t.call(leader.openid, 'roster', { activityId }))
  for (const e of roster.list.filter((e: any) => e.userId !== leader.userId))
    expect([e.name, e.hours]).toEqual([e.name, expected.get(e.userId)])
  const flags = Object.fromEntries(roster.list.map((e: any) => [e.name, e]))
  expect(flags['李忘签退'].missingCheckOut).toBe(true)
  expect(flags['赵准时'].missingCheckOut).toBe(false)
  expect(flags['吴手工'].manual).toBe(true)
  expect(flags['钱迟到'].attendance).toBe('late')
  expect(flags['赵准时'].phone).toBe('***')

  const first = await ok(await t.call(leader.openid, 'confirmHours', { activityId }))
  expect(first).toEqual({ records: 5, hours: 7.5 })
  const again = await ok(await t.call(leader.openid, 'confirmHours', { activityId }))
  expect(again).toEqual(first)
  // The leader may no longer change attendance: corrections go through the correction flow.
  const locked = await t.call(leader.openid, 'attendance', {
    activityId,
    userId: absent.userId,
    mark: 'leave',
    reason: '事先请假',
  })
  expect(locked.status).toBe(409)

  for (const [userId, hours] of expected) {
    const v = await t.storedVolunteer(userId)
    expect([userId, v.totalHours, v.hoursByYear[YEAR] ?? 0]).toEqual([userId, hours, hours])
  }
  const records = (await db().collection('service_records').where({ activityId }).get()).data
  expect(records).toHaveLength(5)
  for (const r of records) {
    expect(r).toMatchObject({
      activityTitle: '周末平安巡逻',
      place: '红星路 1 号党群服务中心',
      leader: '李负责',
      organiser: expect.any(String),
      content: expect.stringContaining('巡查'),
    })
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(r.volunteerName).toBeTruthy()
  }
  expect(await t.inboxKinds(onTime.userId)).toContain('activity_hours_confirmed')
  expect(
    (await t.inboxKinds(onTime.userId)).filter((k) => k === 'activity_hours_confirmed'),
  ).toHaveLength(1)

  const mine = await ok(await t.call(onTime.openid, 'myRecords', {}))
  expect(mine).toMatchObject({ total: 1, totalHours: 2, yearHours: 2, stars: 0 })
  expect(mine.list[0]).toMatchObject({ activityId, hours: 2, leader: '李负责', correction: null })

  // Corrections: one approved (-0.5), one rejected (no change), one at a time.
  const recordId = mine.list[0].recordId
  const asked = await ok(
    await t.call(onTime.openid, 'requestCorrection', {
      recordId,
      hours: 1.5,
      reason: '最后半小时提前离开，忘了签退',
    }),
  )
  expect(asked.correction).toMatchObject({ status: 'pending', hours: 1.5 })
  const second = await t.call(onTime.openid, 'requestCorrection', {
    recordId,
    hours: 3,
    reason: '再改一次试试',
  })
  expect(second.status).toBe(409)
  expect(
    (
      await t.call(early.openid, 'requestCorrection', {
        recordId,
        hours: 3,
        reason: '不是我的记录',
      })
    ).status,
  ).toBe(404)
  const queue = await ok(await t.call(leader.openid, 'corrections', {}))
  expect(queue.list.map((c: any) => c.recordId)).toEqual([recordId])
  expect(queue.list[0].volunteer).toBe('赵准时')
  expect(await t.inboxKinds(leader.userId)).toContain('correction_requested')
  expect((await t.call(early.openid, 'decideCorrection', { recordId, approve: true })).status).toBe(
    403,
  )
  const approved = await ok(
    await t.call(leader.openid, 'decideCorrection', { recordId, approve: true }),
  )
  expect(approved).toMatchObject({ hours: 1.5, correction: { status: 'approved' } })
  expect(
    (await ok(await t.call(leader.openid, 'decideCorrection', { recordId, approve: true }))).hours,
  ).toBe(1.5)
  expect((await t.storedVolunteer(onTime.userId)).totalHours).toBe(1.5)
  expect(await t.inboxKinds(onTime.userId)).toContain('correction_decided')
  // The message is written with the decision: a crash right after it leaves it to the sweep.
  const decidedRecord = crash.recordTelling(t.stack, onTime.userId, 'correction_decided')
  await crash.crashedAfterWrite(t.stack, decidedRecord, onTime.userId, ['correction_decided'])
  expect(await t.inboxKinds(onTime.userId)).not.toContain('correction_decided')
  expect(await crash.sweep(t.stack)).toBeGreaterThanOrEqual(1)
  await crash.sweep(t.stack)
  const decidedKinds = await t.inboxKinds(onTime.userId)
  expect(decidedKinds.filter((k: string) => k === 'correction_decided')).toHaveLength(1)

  const lateRecord = `${activityId}:${late.userId}`
  await ok(
    await t.call(late.openid, 'requestCorrection', {
      recordId: lateRecord,
      hours: 2,
      reason: '我其实准时到了',
    }),
  )
  const noNote = await t.call('demo-admin', 'decideCorrection', {
    recordId: lateRecord,
    approve: false,
  })
  expect(noNote.body.error.issues).toEqual([{ path: 'note', message: '请说明不同意的原因' }])
  const rejected = await ok(
    await t.call('demo-admin', 'decideCorrection', {
      recordId: lateRecord,
      approve: false,
      note: '签到记录为迟到',
    }),
  )
  expect(rejected).toMatchObject({
    hours: 1.5,
    correction: { status: 'rejected', decisionNote: '签到记录为迟到' },
  })
  expect((await t.storedVolunteer(late.userId)).totalHours).toBe(1.5)
  const audit = (await db().collection('activity_audit').where({ activityId }).get()).data
  expect(audit.map((e: any) => e.action).sort()).toEqual(['attendance', 'correction', 'correction'])

  // Certificates: a genuine one verifies with the name masked; edited and unknown serials do not.
  expect((await t.call(absent.openid, 'certificate', {})).body.error.message).toBe(
    '还没有已确认的服务记录',
  )
  const cert = await ok(await t.call(onTime.openid, 'certificate', { activityId }))
  expect((await fetchDownload(cert.file)).subarray(0, 4).toString()).toBe('%PDF')
  const genuine = await ok(await t.call(null, 'verifyCertificate', { serial: cert.serial }))
  expect(genuine).toMatchObject({
    genuine: true,
    reason: null,
    certificate: {
      serial: cert.serial,
      name: '赵*时',
      hours: 1.5,
      records: 1,
      activity: '周末平安巡逻',
    },
  })
  expect(genuine.certificate.issuer).toBeTruthy()
  expect(JSON.stringify(genuine)).not.toContain('赵准时')
  const body = cert.serial.slice(6, 16)
  const edited = cert.serial.slice(0, 6) + (body[0] === 'A' ? 'B' : 'A') + cert.serial.slice(7)
  const refused = await ok(await t.call(null, 'verifyCertificate', { serial: edited }))
  expect(refused.genuine).toBe(false)
  expect(refused.reason).toMatch(/^编号校验不通过/)
  const unknown = await ok(
    await t.call(null, 'verifyCertificate', { serial: newCertificateSerial(YEAR) }),
  )
  expect(unknown).toEqual({ genuine: false, reason: '查无此证明', certificate: null })
  const malformed = await t.call(null, 'verifyCertificate', { serial: 'VC2026-abc' })
  expect(malformed.body.error.issues[0].path).toBe('serial')

  // The committee's figures and ledger include the activity.
  const month = records[0].month
  const figures = await ok(await t.call('demo-admin', 'figures', { from: month, to: month }))
  expect(figures.hours).toBeGreaterThanOrEqual(7)
  expect(figures.topVolunteers.length).toBeGreaterThan(0)
  expect((await t.call(leader.openid, 'figures', { from: month, to: month })).status).toBe(403)
  const ledger = await ok(await t.call('demo-admin', 'ledger', { from: month, to: month }))
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await fetchDownload(ledger)) as never)
  const text = JSON.stringify(book.worksheets[0].getSheetValues())
  for (const word of [
    '服务时长（小时）',
    '组织单位',
    '活动负责人',
    '赵准时',
    '已更正',
    '更正未同意',
  ])
    expect(text).toContain(word)
  // The stored phones and messages carry no certificate holder's full name beyond the records.
  expect(JSON.stringify(dumpDatabase(t.stack).messages)).not.toContain('赵准时')
})

/** A leader and two volunteers, both checked in to a 2-hour activity starting in 10 minutes. */
async function twoCheckedIn(leaderName: string, names: [string, string]) {
  const leader = await createVolunteer(leaderName)
  const [x, y] = await Promise.all(names.map((n) => createVolunteer(n)))
  const activityId = await t.checkInOpen(leader, [x, y])
  for (const who of [x, y]) await ok(await t.scan(who, 'checkIn', activityId))
  return { leader, x, y, activityId }
}

it('checks everyone out at the end, only for a leader after the start', async () => {
  const { leader, x, activityId } = await twoCheckedIn('郑负责', ['王甲', '王乙'])
  expect((await t.call(leader.openid, 'checkOutAll', { activityId })).status).toBe(409)
  await t.travel(activityId, 200) // 70 minutes past the 2-hour end
  expect((await t.call(x.openid, 'checkOutAll', { activityId })).status).toBe(403)
  expect(await ok(await t.call(leader.openid, 'checkOutAll', { activityId }))).toEqual({
    checkedOut: 2,
  })
  expect(await ok(await t.call(leader.openid, 'checkOutAll', { activityId }))).toEqual({
    checkedOut: 0,
  })
  const roster = await ok(await t.call(leader.openid, 'roster', { activityId }))
  const a = await t.storedActivity(activityId)
  for (const e of roster.list.filter((e: any) => e.userId !== leader.userId)) {
    expect(e.checkOutAt).toBe(new Date(a.endAt).toISOString())
    expect(e.hours).toBe(2)
  }
})

it('counts each record once under concurrent confirmations and completes an interrupted one', async () => {
  const { leader, x, y, activityId } = await twoCheckedIn('欧负责', ['并发甲', '并发乙'])
  await t.travel(activityId, 200)
  await ok(await t.call(leader.openid, 'checkOutAll', { activityId }))
  const replies = await Promise.all(
    [1, 2, 3].map(() => t.call(leader.openid, 'confirmHours', { activityId })),
  )
  for (const r of replies) expect(await ok(r)).toEqual({ records: 2, hours: 4 })
  for (const who of [x, y]) expect((await t.storedVolunteer(who.userId)).totalHours).toBe(2)
  expect(
    (await t.inboxKinds(x.userId)).filter((k) => k === 'activity_hours_confirmed'),
  ).toHaveLength(1)

  // As if the first confirmation had stopped before x's record: a retry completes it, once.
  await db().collection('service_records').doc(`${activityId}:${x.userId}`).remove()
  await db().collection('volunteers').doc(x.userId).update({ totalHours: 0, hoursByYear: {} })
  await db().collection('signups').doc(`${activityId}:${x.userId}`).update({ hours: null })
  await db().collection('activities').doc(activityId).update({ hoursState: 'pending' })
  expect(await ok(await t.call(leader.openid, 'confirmHours', { activityId }))).toEqual({
    records: 2,
    hours: 4,
  })
  expect((await t.storedVolunteer(x.userId)).totalHours).toBe(2)
  expect((await t.storedVolunteer(y.userId)).totalHours).toBe(2)
  expect((await t.storedActivity(activityId)).hoursState).toBe('confirmed')
})

it('attendance changed while the hours are confirmed is counted or refused, never left disagreeing', async () => {
  for (const delay of [0, 8, 16, 30]) {
    const leader = await createVolunteer(`竞负责${delay}`)
    const [x, y] = await Promise.all([
      createVolunteer(`竞甲${delay}`),
      createVolunteer(`竞乙${delay}`),
    ])
    // A 2-hour activity that ended an hour ago; x was marked present by hand, y has no mark.
    const activityId = await t.dayActivity({ leader, people: [x, y], startInMinutes: -180 })
    const a = await t.storedActivity(activityId)
    const at = (minutes: number) =>
      new Date(new Date(a.startAt).getTime() + minutes * 60e3).toISOString()
    const mark = (who: { userId: string }, mark: string, times: object = {}) =>
      t.call(leader.openid, 'attendance', {
        activityId,
        userId: who.userId,
        mark,
        reason: '现场登记',
        ...times,
      })
    await ok(await mark(x, 'present', { checkInAt: at(0), checkOutAt: at(120) }))

    const confirming = t.call(leader.openid, 'confirmHours', { activityId })
    await new Promise((r) => setTimeout(r, delay))
    const marks = await Promise.all([
      mark(x, 'absent'),
      mark(y, 'late', { checkInAt: at(30), checkOutAt: at(90) }),
    ])
    await ok(await confirming)
    for (const r of marks)
      if (r.status !== 200)
        expect([r.status, r.body.error.message]).toEqual([
          409,
          '时长已确认，出勤不能再修改；如有出入请由志愿者申请更正',
        ])

    // Whatever won, the marks, the sign-up's hours, the record and the totals say the same.
    const stored = await t.storedActivity(activityId)
    for (const who of [x, y]) {
      const s = await t.storedSignUp(activityId, who.userId)
      const rule = hoursOf(stored, s).hours
      const record = (
        await db().collection('service_records').doc(`${activityId}:${who.userId}`).get()
      ).data[0]
      const volunteer = await t.storedVolunteer(who.userId)
      expect([s.attendance, s.hours, record?.hours ?? 0, volunteer.totalHours]).toEqual([
        s.attendance,
        rule,
        rule,
        rule,
      ])
    }
  }
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))
