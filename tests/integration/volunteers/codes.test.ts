// Check-in on site: the leader's code, and every refusal with its reason — an earlier window's code,
// another activity's code, a forged code, too far, too early, waitlisted — and check-in without a
// location, idempotent, and check-out.
import QRCode from 'qrcode'
import { ROUTES } from '../../../types/pages'
import { CODE_QR, checkInLink } from '../../../cloudfunctions/activity/handlers/checkin'
import { expectEveryQueryIndexed } from '../../support/stack'
import { PLACE, createVolunteer, freshCode, previousCode, volunteerStack } from './fixtures'

const t = volunteerStack()

it('shows the leader (only) a code with its QR that expires with its window', async () => {
  const leader = await createVolunteer('钱负责')
  const other = await createVolunteer('孙路人')
  const activityId = await t.checkInOpen(leader, [other])
  const res = await t.call(leader.openid, 'checkInCode', { activityId })
  expect(res.status).toBe(200)
  expect(res.body.data.code).toMatch(new RegExp(`^A1\\.${activityId}\\.\\d+\\.`))
  expect(res.body.data.qrImage).toMatch(/^data:image\/png;base64,/)
  const left = Date.parse(res.body.data.expiresAt) - Date.now()
  expect(left).toBeGreaterThan(-1000)
  expect(left).toBeLessThanOrEqual(30_000)
  // The wait the page uses, measured on the server rather than against the phone's clock.
  expect(res.body.data.validForMs).toBeGreaterThanOrEqual(0)
  expect(res.body.data.validForMs).toBeLessThanOrEqual(30_000)
  expect(res.body.data.periodSeconds).toBe(30)
  // The QR holds a link to the h5 check-in page carrying the code (any camera can open it), while
  // the bare code is still returned for pasting.
  const base = process.env.APP_H5_BASE_URL!.replace(/\/?$/, '/')
  const link = checkInLink(base, res.body.data.code)
  expect(link).toBe(`${base}#${ROUTES.checkIn}?code=${res.body.data.code}`)
  expect(res.body.data.qrImage).toBe(await QRCode.toDataURL(link, CODE_QR))
  expect((await t.call(other.openid, 'checkInCode', { activityId })).status).toBe(403)
})

it('refuses old, foreign and forged codes, too far and too early, each with why', async () => {
  const leader = await createVolunteer('周负责')
  const me = await createVolunteer('吴签到')
  const stranger = await createVolunteer('郑旁观')
  const activityId = await t.checkInOpen(leader, [me])
  const elsewhere = await t.checkInOpen(leader, [stranger])
  const early = await t.dayActivity({ leader, people: [me], startInMinutes: 180 })

  const old = await t.call(me.openid, 'checkIn', { code: previousCode(activityId) })
  expect(old.status).toBe(400)
  expect(old.body.error.issues).toEqual([
    { path: 'code', message: '签到码已过期，请扫描负责人手机上的最新签到码' },
  ])

  const code = await freshCode(activityId)
  const forged = code.replace(/\.[A-Za-z0-9_-]{16}$/, '.AAAAAAAAAAAAAAAA')
  const bad = await t.call(me.openid, 'checkIn', { code: forged })
  expect(bad.status).toBe(400)
  expect(bad.body.error.issues[0].path).toBe('code')
  expect(bad.body.error.issues[0].message).toContain('不是有效的签到码')
  // Another activity's window number under this activity's id fails the signature too.
  const swapped = (await freshCode(elsewhere)).replace(elsewhere, activityId)
  expect((await t.call(me.openid, 'checkIn', { code: swapped })).body.error.issues[0].path).toBe(
    'code',
  )
  const notMine = await t.scan(me, 'checkIn', elsewhere)
  expect(notMine.status).toBe(409)
  expect(notMine.body.error.message).toContain('没有报名')

  const far = await t.scan(me, 'checkIn', activityId, {
    latitude: PLACE.latitude + 0.01,
    longitude: PLACE.longitude,
  })
  expect(far.status).toBe(409)
  expect(far.body.error.message).toMatch(/^您距活动地点约 1\d{3} 米，需在 300 米内签到$/)

  const tooEarly = await t.scan(me, 'checkIn', early)
  expect(tooEarly.status).toBe(409)
  expect(tooEarly.body.error.message).toMatch(
    /^还没到签到时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2} 开始签到$/,
  )

  // None of the refusals recorded anything.
  expect((await t.storedSignUp(activityId, me.userId)).checkInAt).toBeNull()
})

it('checks in without a location, answers a repeat with the first time, and checks out', async () => {
  const leader = await createVolunteer('王负责')
  const me = await createVolunteer('冯无定位')
  const near = await createVolunteer('陈在附近')
  const activityId = await t.checkInOpen(leader, [me, near])

  const first = await t.scan(me, 'checkIn', activityId)
  expect(first.status).toBe(200)
  expect(first.body.data).toMatchObject({
    activityId,
    kind: 'checkIn',
    late: false,
    distance: null,
  })
  const again = await t.scan(me, 'checkIn', activityId)
  expect(again.body.data.at).toBe(first.body.data.at)

  const close = await t.scan(near, 'checkIn', activityId, {
    latitude: PLACE.latitude + 0.001,
    longitude: PLACE.longitude,
  })
  expect(close.status).toBe(200)
  expect(close.body.data.distance).toBeGreaterThan(100)
  expect(close.body.data.distance).toBeLessThan(120)
  expect((await t.storedSignUp(activityId, near.userId)).checkInDistance).toBe(
    close.body.data.distance,
  )

  const out = await t.scan(me, 'checkOut', activityId)
  expect(out.status).toBe(200)
  expect(out.body.data.kind).toBe('checkOut')
  const outAgain = await t.scan(me, 'checkOut', activityId)
  expect(outAgain.body.data.at).toBe(out.body.data.at)
  const stored = await t.storedSignUp(activityId, me.userId)
  expect(stored.attendance).toBe('present')
  expect(new Date(stored.checkOutAt).toISOString()).toBe(out.body.data.at)

  // The roster tells the leader who checked in without a location.
  const roster = await t.call(leader.openid, 'roster', { activityId })
  const located = Object.fromEntries(
    roster.body.data.list.map((e: { userId: string; located: boolean }) => [e.userId, e.located]),
  )
  expect(located[me.userId]).toBe(false)
  expect(located[near.userId]).toBe(true)
})

it('refuses the waitlisted and those who never signed up, saying so', async () => {
  const leader = await createVolunteer('蒋负责')
  const placed = await createVolunteer('沈有名额')
  const waiting = await createVolunteer('韩候补')
  const activityId = await t.checkInOpen(leader, [placed, waiting], { capacity: 1 })
  const res = await t.scan(waiting, 'checkIn', activityId)
  expect(res.status).toBe(409)
  expect(res.body.error.message).toContain('候补第 1 位')
  const out = await t.scan(placed, 'checkOut', activityId)
  expect(out.status).toBe(409)
  expect(out.body.error.message).toContain('请先签到')
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))
