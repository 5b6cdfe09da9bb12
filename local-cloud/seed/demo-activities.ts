// The demo district's 志愿服务: volunteers (the member, shopper, secretary and admin personas and
// six residents), four past activities with check-ins, check-outs and confirmed hours (so 陈晓燕 and
// 刘阳 have records and hours, and a resident's correction waits in the queues), one on right now with the admin
// leading it, and upcoming ones: a full one with a waitlist, one with places left and a weekly
// 平安巡逻 series. Written through the repositories and the constructors the activity and volunteer
// functions use, with fixed ids; a place is taken by the same conditional update a sign-up makes,
// a sign-up is written only if missing, every day-of change is conditional, and the record with
// its totals is one transaction that does nothing the second time — so a second run is harmless.
// No persona is signed up to anything not yet over (the browser tests sign them up themselves),
// and past activities have their no-shows marked, so the sweep pauses nobody.
import { ActivityFields } from '../../types/activity'
import type { SKILLS } from '../../types/member'
import { shanghaiToday } from '../../types/shanghai-time'
import type { Database } from '../../server/kernel/database'
import {
  newActivityDoc,
  newSignUpDoc,
  type ActivityPublisher,
} from '../../server/domain/new-activity'
import { newServiceRecord } from '../../server/domain/new-service-record'
import { newVolunteerDoc } from '../../server/domain/new-volunteer'
import { hoursOf } from '../../server/domain/roster-view'
import {
  findActivity,
  insertActivity,
  joinWaitlist,
  markAbsencesDone,
  markHoursConfirmed,
  standing,
  takePlace,
  type ActivityDoc,
} from '../../server/repositories/activities'
import {
  insertRecordWithHours,
  requestRecordCorrection,
} from '../../server/repositories/service-records'
import { findSignUp, signUpId, updateSignUp, writeSignUp } from '../../server/repositories/signups'
import { findVolunteer, saveVolunteer } from '../../server/repositories/volunteers'
import { DEMO_DISTRICT } from './demo-district'
import { once } from './once'

const MINUTE = 60e3
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

type Volunteer = {
  userId: string
  realName: string
  phone: string
  /** From the list the form offers (the profile's reply is checked against it). */
  skills: (typeof SKILLS)[number][]
  areas: string[]
  fromMember: boolean
}

/** The personas with their member phones where they have one, and six residents. */
export const DEMO_VOLUNTEERS: Volunteer[] = [
  v('user-member', '陈晓燕', '13900001003', ['教育辅导', '摄影'], ['美食街'], true),
  v('user-shopper', '刘阳', '13900003001', ['手机电脑'], [], false),
  v('user-secretary', '李红梅', '13900001001', [], ['美食街'], true),
  v('user-admin', '王建国', '13900003002', [], [], false),
  v('user-member-02', '赵卫东', '13900001004', ['家电维修'], [], true),
  v('user-member-03', '孙丽', '13900001005', [], ['服装街'], true),
  v('user-member-04', '周强', '13900001006', [], [], true),
  v('user-member-05', '吴芳', '13900001007', [], [], true),
  v('user-member-06', '郑磊', '13900001008', [], [], true),
  v('user-member-07', '冯静', '13900001009', [], [], true),
]

function v(
  userId: string,
  realName: string,
  phone: string,
  skills: Volunteer['skills'],
  areas: string[],
  fromMember: boolean,
): Volunteer {
  return { userId, realName, phone, skills, areas, fromMember }
}

const PLACE = {
  address: '红星路 1 号党群服务中心',
  latitude: 31.2304,
  longitude: 121.4737,
  radius: 300,
}
const FOOD_STREET = { address: '美食街东口', latitude: 31.2312, longitude: 121.4751, radius: 200 }

const COMMITTEE = { kind: 'district' as const, orgId: null, name: DEMO_DISTRICT.committeeName }
const BRANCH = { kind: 'branch' as const, orgId: 'org-food-street', name: '美食街党支部' }
const byAdmin = (seriesId: string | null = null): ActivityPublisher => ({
  organiser: COMMITTEE,
  leaderIds: ['user-admin'],
  leaderNames: ['王建国'],
  createdBy: 'user-admin',
  seriesId,
})
const bySecretary: ActivityPublisher = {
  organiser: BRANCH,
  leaderIds: ['user-secretary'],
  leaderNames: ['李红梅'],
  createdBy: 'user-secretary',
  seriesId: null,
}

/** How a volunteer's day went when not on time: minutes late at check-in and early at check-out. */
type Timing = { late?: number; early?: number }

type Demo = {
  id: string
  title: string
  category: ActivityFields['category']
  description: string
  place?: typeof PLACE
  capacity: number
  /** The start, and the length in hours. */
  start: (now: Date) => Date
  hours: number
  by: ActivityPublisher
  /** Signed up in order (past the capacity: waitlisted). */
  people: string[]
  /**
   * For a past activity, whose people all served (the leader confirmed the hours the next day):
   * those who were not on time.
   */
  timing?: Record<string, Timing>
  /** For the one on now: who has checked in, minutes after the start. */
  checkedIn?: [string, number][]
}

/** `hour` o'clock (Asia/Shanghai) `days` days from now. */
function dayAt(now: Date, days: number, hour: number): Date {
  const day = shanghaiToday(new Date(now.getTime() + days * DAY))
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`)
}

/** Days from now to the first Saturday at least `days` away (Asia/Shanghai). */
function saturdayAfter(now: Date, days: number): number {
  const day = shanghaiToday(new Date(now.getTime() + days * DAY))
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return days + ((6 - weekday + 7) % 7)
}

const PAST: Demo[] = [
  {
    id: 'demo-activity-past-1',
    title: '夜间平安巡逻',
    category: 'patrol',
    description: '沿红星路巡查消防通道、电动车停放和店外用电，提醒商户关好门窗。',
    capacity: 8,
    start: (now) => dayAt(now, -52, 19),
    hours: 2,
    by: byAdmin(),
    people: ['user-member', 'user-shopper', 'user-member-02', 'user-member-03'],
    timing: { 'user-member-03': { late: 30 } },
  },
  {
    id: 'demo-activity-past-2',
    title: '美食街垃圾分类宣传',
    category: 'sorting',
    description: '在美食街向商户和顾客讲解垃圾分类，帮助商户规范设置分类桶。',
    place: FOOD_STREET,
    capacity: 6,
    start: (now) => dayAt(now, -38, 9),
    hours: 3,
    by: bySecretary,
    people: ['user-member', 'user-member-04', 'user-member-05'],
    timing: { 'user-member-05': { late: 30 } },
  },
  {
    id: 'demo-activity-past-3',
    title: '社区敬老：陪老人体检',
    category: 'elderly',
    description: '陪红星社区的独居老人到社区卫生服务中心体检，帮忙排队、取报告。',
    capacity: 6,
    start: (now) => dayAt(now, -24, 8),
    hours: 3,
    by: byAdmin(),
    people: ['user-member', 'user-shopper', 'user-member-06', 'user-member-07'],
    timing: { 'user-shopper': { early: 60 } },
  },
  {
    id: 'demo-activity-past-4',
    title: '便民服务日：义务理发和家电维修',
    category: 'convenience',
    description: '在党群服务中心门口为居民义务理发、检修小家电、磨剪刀。',
    capacity: 10,
    start: (now) => dayAt(now, -9, 14),
    hours: 2,
    by: byAdmin(),
    people: ['user-member', 'user-member-02', 'user-member-03'],
  },
]

const TODAY: Demo = {
  id: 'demo-activity-today',
  title: '美食街文明经营劝导',
  category: 'civility',
  description: '劝导美食街商户不占道经营、规范油烟排放，发放文明经营倡议书。',
  place: FOOD_STREET,
  capacity: 10,
  // On now: started an hour ago, ends in two hours; the admin's check-in code is live.
  start: (now) => new Date(now.getTime() - HOUR),
  hours: 3,
  by: byAdmin(),
  people: ['user-member-02', 'user-member-03', 'user-member-04'],
  checkedIn: [['user-member-02', -10]],
}

const UPCOMING: Demo[] = [
  {
    id: 'demo-activity-full',
    title: '冬至敬老：和老人一起包饺子',
    category: 'elderly',
    description: '冬至前到红星社区养老驿站，和老人一起包饺子、聊聊天。',
    capacity: 4,
    start: (now) => dayAt(now, 4, 9),
    hours: 3,
    by: byAdmin(),
    // Four places taken, two waiting.
    people: [
      'user-member-02',
      'user-member-03',
      'user-member-04',
      'user-member-05',
      'user-member-06',
      'user-member-07',
    ],
  },
  {
    id: 'demo-activity-open',
    title: '垃圾分类桶站值守',
    category: 'sorting',
    description: '在美食街桶站指导商户和居民分类投放，记录混投情况。',
    place: FOOD_STREET,
    capacity: 8,
    start: (now) => dayAt(now, 6, 7),
    hours: 2,
    by: bySecretary,
    people: ['user-member-06', 'user-member-07'],
  },
]

const PATROL_WEEKS = 3
const PATROL: Demo = {
  id: 'demo-activity-patrol-1',
  title: '周末平安巡逻',
  category: 'patrol',
  description: '每周六晚沿红星路巡查消防通道和店外占道，提醒商户关好门窗、断电离店。',
  capacity: 6,
  // 每周六晚, as it says.
  start: (now) => dayAt(now, saturdayAfter(now, 8), 19),
  hours: 2,
  by: byAdmin('demo-activity-patrol-1'),
  people: ['user-member-02', 'user-member-03'],
}

function fieldsOf(d: Demo, start: Date) {
  return ActivityFields.parse({
    title: d.title,
    category: d.category,
    description: d.description,
    place: d.place ?? PLACE,
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + d.hours * HOUR).toISOString(),
    capacity: d.capacity,
    audience: { kind: 'everyone' },
    insured: true,
  })
}

export async function seedDemoActivities(db: Database, now: Date): Promise<void> {
  for (const p of DEMO_VOLUNTEERS) {
    const existing = await findVolunteer(db, p.userId)
    if (existing) continue
    const at = new Date(now.getTime() - 70 * DAY)
    await saveVolunteer(db, null, newVolunteerDoc(p.userId, p, p.fromMember, null, at))
  }
  for (const d of PAST) await seedPast(db, d, now)
  await seedActivity(db, TODAY, now, new Date(now.getTime() - 5 * DAY))
  for (const [userId, minutes] of TODAY.checkedIn ?? []) {
    const start = TODAY.start(now).getTime()
    await checkIn(db, TODAY.id, userId, new Date(start + minutes * MINUTE), 'present')
  }
  for (const d of UPCOMING) await seedActivity(db, d, now, new Date(now.getTime() - DAY))
  for (let week = 0; week < PATROL_WEEKS; week++) {
    const id = `demo-activity-patrol-${week + 1}`
    const people = week === 0 ? PATROL.people : []
    await seedActivity(db, { ...PATROL, id, people }, now, new Date(now.getTime() - DAY), week)
  }
}

/**
 * Publishes the activity (at `publishedAt`; week `week` of a series) and signs its people up in
 * order, as the sign-up handler does: a place while one is free, else the waitlist, then the
 * person's sign-up from the rosters.
 */
async function seedActivity(
  db: Database,
  d: Demo,
  now: Date,
  publishedAt: Date,
  week = 0,
): Promise<ActivityDoc> {
  const doc = newActivityDoc(d.id, fieldsOf(d, d.start(now)), d.by, publishedAt, week)
  await once(insertActivity(db, doc))
  for (const [i, userId] of d.people.entries()) {
    const at = new Date(publishedAt.getTime() + (i + 1) * HOUR)
    const a = (await findActivity(db, d.id))!
    if (!standing(a, userId) && !(await takePlace(db, a, userId, at)))
      await joinWaitlist(db, a, userId, at)
    const latest = (await findActivity(db, d.id))!
    const s = standing(latest, userId)
    if (s && !(await findSignUp(db, d.id, userId)))
      await writeSignUp(db, newSignUpDoc(latest, userId, s, null, at))
  }
  return (await findActivity(db, d.id))!
}

async function checkIn(
  db: Database,
  activityId: string,
  userId: string,
  at: Date,
  attendance: 'present' | 'late',
) {
  const change = { checkInAt: at, checkInDistance: 35, attendance, updatedAt: at }
  await updateSignUp(db, signUpId(activityId, userId), change, { checkInAt: null })
}

/**
 * A past activity: its people checked in and out, the leader confirmed the hours the rule gives
 * the next morning (each record with the volunteer's totals), and no-shows were marked.
 */
async function seedPast(db: Database, d: Demo, now: Date): Promise<void> {
  const start = d.start(now)
  const a = await seedActivity(db, d, now, new Date(start.getTime() - 10 * DAY))
  const end = new Date(a.endAt)
  const confirmedAt = new Date(end.getTime() + 14 * HOUR)
  const by = d.by.leaderIds[0]
  for (const userId of d.people) {
    const { late = 0, early = 0 } = d.timing?.[userId] ?? {}
    const inAt = new Date(start.getTime() + (late ? late * MINUTE : -10 * MINUTE))
    await checkIn(db, a._id, userId, inAt, late ? 'late' : 'present')
    const outAt = new Date(end.getTime() - early * MINUTE + (early ? 0 : 5 * MINUTE))
    await updateSignUp(
      db,
      signUpId(a._id, userId),
      { checkOutAt: outAt, updatedAt: outAt },
      { checkOutAt: null },
    )
    const s = (await findSignUp(db, a._id, userId))!
    const hours = s.hours ?? hoursOf(a, s).hours
    if (s.hours === null)
      await updateSignUp(db, s._id, { hours, updatedAt: confirmedAt }, { hours: null })
    const name = DEMO_VOLUNTEERS.find((x) => x.userId === userId)!.realName
    const record = newServiceRecord(a, { userId, name }, hours, by, confirmedAt)
    await insertRecordWithHours(db, record, confirmedAt)
  }
  await markHoursConfirmed(db, a._id, by, confirmedAt)
  if (!a.absencesMarked) await markAbsencesDone(db, a._id, confirmedAt)
  if (a._id === CORRECTED.activityId) {
    const requestedAt = new Date(confirmedAt.getTime() + 2 * DAY)
    const asked = {
      hours: 3,
      reason: '我提前到了，一直在帮忙摆放分类桶，只是签到晚了，请负责人核实。',
      requestedAt,
      decidedAt: null,
      decidedBy: null,
      previousHours: null,
      note: null,
    }
    // Seeded as it stands, without telling anyone: nothing follows it.
    await requestRecordCorrection(
      db,
      signUpId(a._id, CORRECTED.userId),
      CORRECTED.userId,
      asked,
      null,
    )
  }
}

/**
 * 吴芳 signed in half an hour late at the branch's sorting day but says she was there setting up,
 * and asks for the full 3 hours: in the committee's queue and the branch secretary's.
 */
const CORRECTED = { activityId: 'demo-activity-past-2', userId: 'user-member-05' }
