// The volunteer's profile: consent and registration with field errors, a verified member's
// prefill, the phone encrypted at rest and masked wherever others see it, the leader's audited
// reveal, and withdrawal — upcoming sign-ups cancelled with the waitlist promoted, records kept.
import { VOLUNTEER_CONSENT_VERSION } from '../../../types/volunteer'
import { dumpDatabase, expectEveryQueryIndexed } from '../../support/stack'
import {
  activityInput,
  createUser,
  createVerifiedMember,
  createVolunteer,
  db,
  volunteerStack,
} from './fixtures'

const t = volunteerStack()
const v = (openid: string | null, action: string, data: object = {}) =>
  t.stack.http(openid, 'volunteer', { action, data })

const PHONE = '13912345678'
const form = (extra: object = {}) => ({
  realName: '欧阳志愿',
  phone: PHONE,
  skills: [],
  areas: ['美食街'],
  consent: VOLUNTEER_CONSENT_VERSION,
  ...extra,
})

it('registers with consent, refuses bad input by field, and keeps the phone encrypted', async () => {
  const me = await createUser('微信昵称')
  const none = await v(me.openid, 'mine')
  expect(none.body.data).toEqual({
    profile: null,
    prefill: { realName: '', phone: '', skills: [], fromMember: false },
  })
  const noConsent = await v(me.openid, 'register', form({ consent: undefined }))
  expect(noConsent.status).toBe(400)
  expect(noConsent.body.error.issues.map((i: any) => i.path)).toEqual(['consent'])
  const badPhone = await v(me.openid, 'register', form({ phone: '12345' }))
  expect(badPhone.body.error.issues.map((i: any) => i.path)).toEqual(['phone'])
  const noPhone = await v(me.openid, 'register', form({ phone: undefined }))
  expect(noPhone.body.error.issues).toEqual([{ path: 'phone', message: '请填写手机号' }])
  // Locally WeChat cannot vouch for a phone: the answer says to type it.
  const code = await v(me.openid, 'register', form({ phone: undefined, phoneCode: 'abc' }))
  expect(code.body.error.issues[0].path).toBe('phone')

  const saved = await v(me.openid, 'register', form())
  expect(saved.status).toBe(200)
  expect(saved.body.data).toMatchObject({
    realName: '欧阳志愿',
    phone: PHONE,
    areas: ['美食街'],
    totalHours: 0,
    stars: 0,
    pausedUntil: null,
  })
  // Saving again (a retry, or an edit) keeps the hours.
  await db().collection('volunteers').doc(me.userId).update({ totalHours: 12.5 })
  const again = await v(me.openid, 'register', form({ areas: [] }))
  expect(again.body.data).toMatchObject({ totalHours: 12.5, areas: [] })
  const stored = await t.storedVolunteer(me.userId)
  expect(JSON.stringify(stored)).not.toContain(PHONE)
  expect(stored.phoneHash).toBeTruthy()
  expect((await v(me.openid, 'mine')).body.data.profile.phone).toBe(PHONE)
})

it('prefills a verified member, and the committee finds volunteers with the phone masked', async () => {
  const member = await createVerifiedMember('诸葛党员')
  const mine = await v(member.openid, 'mine')
  expect(mine.body.data.prefill).toMatchObject({ realName: '诸葛党员', fromMember: true })
  await v(member.openid, 'register', form({ realName: '诸葛党员', phone: '13800138000' }))
  expect((await t.storedVolunteer(member.userId)).fromMember).toBe(true)

  const found = await v('demo-admin', 'search', { keyword: '诸葛' })
  expect(found.body.data.list).toContainEqual({
    userId: member.userId,
    name: '诸葛党员',
    phone: '138****8000',
  })
  expect(JSON.stringify(found.body)).not.toContain('13800138000')
  expect((await v(member.openid, 'search', { keyword: '诸葛' })).status).toBe(403)
  expect((await v('demo-admin', 'search', { keyword: '' })).body.error.issues[0].path).toBe(
    'keyword',
  )
})

it('shows leaders masked phones, the full one on request (audited), and nobody else', async () => {
  const leader = await createVolunteer('司马负责')
  const me = await createUser('某人')
  await v(me.openid, 'register', form({ realName: '上官报名', phone: '13700137000' }))
  const bystander = await createVolunteer('路人甲')
  const activityId = await t.dayActivity({ leader, people: [me], startInMinutes: 60 * 24 })

  const roster = await t.call(leader.openid, 'roster', { activityId })
  const entry = roster.body.data.list.find((e: any) => e.userId === me.userId)
  expect(entry).toMatchObject({ name: '上官报名', phone: '137****7000', status: 'confirmed' })
  expect((await t.call(bystander.openid, 'roster', { activityId })).status).toBe(403)
  expect(
    (await t.call(bystander.openid, 'contact', { activityId, userId: me.userId })).status,
  ).toBe(403)
  const contact = await t.call(leader.openid, 'contact', { activityId, userId: me.userId })
  expect(contact.body.data).toEqual({ phone: '13700137000' })
  const audit = (await db().collection('activity_audit').where({ activityId }).get()).data
  expect(audit).toContainEqual(
    expect.objectContaining({ action: 'contact', userId: me.userId, by: leader.userId }),
  )
  // The public detail never carries the volunteer's phone or full name.
  for (const openid of [null, bystander.openid]) {
    const body = JSON.stringify((await t.call(openid, 'get', { activityId })).body)
    expect(body).not.toContain('13700137000')
    expect(body).not.toContain('上官报名')
  }
})

it('withdraws: upcoming sign-ups cancelled and the waitlist promoted, details gone, records kept', async () => {
  const leader = await createVolunteer('东方负责')
  const me = await createUser('要撤回的人')
  await v(me.openid, 'register', form({ realName: '慕容撤回', phone: '13600136000' }))
  const next = await createVolunteer('候补小王')
  const activityId = await t.dayActivity({
    leader,
    people: [me, next],
    startInMinutes: 60 * 24,
    capacity: 1,
  })
  expect((await t.storedActivity(activityId)).waitlist).toEqual([next.userId])
  await db()
    .collection('service_records')
    .doc(`old-activity:${me.userId}`)
    .set({ volunteerId: me.userId, activityId: 'old-activity', hours: 3, date: '2026-01-01' })

  expect((await v(me.openid, 'withdraw', {})).body.error.issues[0].path).toBe('confirm')
  const res = await v(me.openid, 'withdraw', { confirm: true })
  expect(res.body.data).toEqual({ cancelledSignUps: 1 })
  expect((await v(me.openid, 'withdraw', { confirm: true })).body.data).toEqual({
    cancelledSignUps: 0,
  })

  const a = await t.storedActivity(activityId)
  expect(a.confirmed).toEqual([next.userId])
  expect(a.waitlist).toEqual([])
  expect((await t.storedSignUp(activityId, me.userId)).status).toBe('cancelled')
  expect((await t.storedSignUp(activityId, next.userId)).status).toBe('confirmed')
  expect(await t.inboxKinds(next.userId)).toContain('activity_promoted')

  const stored = await t.storedVolunteer(me.userId)
  expect(stored).toMatchObject({
    status: 'withdrawn',
    phoneCipher: null,
    phoneHash: null,
    skills: [],
    areas: [],
    realName: '慕容撤回',
  })
  expect((await v(me.openid, 'mine')).body.data.profile).toBeNull()
  expect(
    (await db().collection('service_records').doc(`old-activity:${me.userId}`).get()).data,
  ).toHaveLength(1)
  expect((await v('demo-admin', 'search', { keyword: '慕容' })).body.data.list).toEqual([])
  expect(JSON.stringify(dumpDatabase(t.stack).messages)).not.toContain('13600136000')
})

it('withdrawing while sign-ups run leaves no place held: each landed before and was cancelled, or was refused', async () => {
  for (const delay of [0, 40, 90, 150]) {
    const me = await createUser(`赛跑${delay}`)
    await v(me.openid, 'register', form({ realName: '赛跑志愿', phone: '13500135000' }))
    // Five activities a day apart, so no sign-up is refused for overlapping another.
    const ids = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => t.create(activityInput(300 + 24 * i + delay, 2, { capacity: 3 }))),
    )
    const signUps = Promise.all(ids.map((activityId) => t.signUp(me.openid, activityId)))
    await new Promise((r) => setTimeout(r, delay))
    const withdrawn = await v(me.openid, 'withdraw', { confirm: true })
    const replies = await signUps
    expect(withdrawn.status).toBe(200)
    for (const r of replies.filter((r) => r.status !== 200))
      expect([r.status, r.body.error.message]).toEqual([409, '请先登记为志愿者'])
    const landed = replies.filter((r) => r.status === 200).length
    expect(withdrawn.body.data.cancelledSignUps).toBe(landed)
    for (const activityId of ids) {
      const a = await t.storedActivity(activityId)
      expect([...a.confirmed, ...a.waitlist]).not.toContain(me.userId)
      const doc = await t.storedSignUp(activityId, me.userId)
      if (doc) expect(doc.status).toBe('cancelled')
    }
    const mine = await t.call(me.openid, 'mine', { when: 'upcoming' })
    expect(
      mine.body.data.list.filter((s: any) => ['confirmed', 'waitlisted'].includes(s.mine.status)),
    ).toEqual([])
  }
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))
