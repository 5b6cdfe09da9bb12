// The committee's and secretaries' 志愿服务 console. 王建国 (admin) publishes an activity with 2
// places through the form at 1280 px (the map point typed as coordinates, a leader found by name),
// finds it in the list, edits it (told that the volunteer signed up will hear of it) and sees the
// change, then cancels it with a reason; a form with the end before the start, and one
// starting in the past (the server's check), show their messages under their fields at 375 px.
// 李红梅 (secretary of 美食街党支部) sees only her branch's activities at 375 px. A volunteer's
// correction request, set up through the API, is approved on the corrections page; the figures
// page shows the numbers the API gives and downloads the 志愿服务台账.
import type { Locator, Page } from 'playwright-core'
import { VOLUNTEER_CONSENT_VERSION } from '../../types/volunteer'
import { shanghaiToday } from '../../types/shanghai-time'
import { db } from '../integration/complaints/fixtures'
import {
  expectCount,
  expectFieldError,
  expectText,
  openAs,
  openConsoleArea,
  openRoute,
} from '../support/browser'
import { apiCaller, browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'
import { downloadFrom, sheetRows } from '../support/downloads'

const PHONE = { width: 375, height: 812 }
const HOUR = 3600_000
const DAY = 24 * HOUR

const env = browserStack(DESKTOP)
failOnPageErrors(env)
beforeAll(async () => {
  await registerVolunteer()
})

const call = apiCaller(env, 'volunteer-console')

/** 陈晓燕 (demo-member) as a registered volunteer: a leader to pick, a volunteer to serve. */
async function registerVolunteer(): Promise<void> {
  await call('demo-member', 'volunteer', 'register', {
    realName: '陈晓燕',
    phone: '13955550166',
    skills: [],
    areas: [],
    consent: VOLUNTEER_CONSENT_VERSION,
  })
}

/** The Shanghai day `days` from today, YYYY-MM-DD. */
function dayFromNow(days: number): string {
  return shanghaiToday(new Date(Date.now() + days * DAY))
}

/** An activity's fields as the API takes them, starting `startIn` ms from now and lasting 2 h. */
function activityFields(title: string, startIn: number, extra: object = {}) {
  const start = new Date(Date.now() + startIn)
  return {
    title,
    category: 'sorting',
    description: '在美食街各店门口指导商户和顾客做好垃圾分类，发放宣传单。',
    place: { address: '美食街东口服务站', latitude: 31.2304, longitude: 121.4737, radius: 300 },
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    capacity: 5,
    audience: { kind: 'everyone' },
    ...extra,
  }
}

function row(page: Page, title: string) {
  return page.locator('.activity-row', { hasText: title })
}

/** Waits until an input holds `expected` (or times out), then asserts it. */
async function expectValue(input: Locator, expected: string) {
  const until = Date.now() + 15_000
  let actual = await input.inputValue()
  while (actual !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100))
    actual = await input.inputValue()
  }
  expect(actual).toBe(expected)
}

async function fill(page: Page, selector: string, value: string) {
  await page.locator(selector).fill(value)
}

/** What a person types into the form, field by field. */
async function fillActivityForm(
  page: Page,
  f: { title: string; day: string; start: string; end: string; capacity: string },
) {
  await fill(page, '.activity-form__name input', f.title)
  await page.locator('.activity-category__item[data-value="patrol"]').click()
  await fill(
    page,
    '.activity-form__description textarea',
    '两人一组沿美食街巡查消防通道、电动车停放和夜间安全，发现问题及时报告。',
  )
  await fill(page, '.activity-start__day input', f.day)
  await fill(page, '.activity-start__time input', f.start)
  await fill(page, '.activity-end__day input', f.day)
  await fill(page, '.activity-end__time input', f.end)
  await fill(page, '.activity-form__capacity input', f.capacity)
  await fill(page, '.activity-place__address input', '美食街东口服务站')
  await fill(page, '.activity-place__latitude input', '31.2304')
  await fill(page, '.activity-place__longitude input', '121.4737')
  await fill(page, '.activity-form__notes textarea', '请穿红马甲，自带手电筒')
}

it('publishes an activity with 2 places through the form, lists it, edits it and cancels it', async () => {
  const { page } = env.browser
  await page.setViewportSize(DESKTOP)
  const title = `平安巡逻第${Date.now() % 1000}期`
  const day = dayFromNow(3)

  await openConsoleArea(page, env.stack.url, '王建国', 'activities')
  await page.locator('.admin-activities__create').click()
  await page.waitForURL(/admin\/pages\/activity-form\/index/)
  await expectText(page.locator('.activity-form__title'), '发布活动')

  await fillActivityForm(page, { title, day, start: '19:00', end: '21:00', capacity: '2' })
  // The leader, found by name among the registered volunteers.
  await fill(page, '.leader-picker__query input', '陈晓燕')
  await page.locator('.leader-picker__search').click()
  await page.locator('.leader-picker__result', { hasText: '陈晓燕' }).click()
  await expectText(page.locator('.leader-picker__tag'), '陈晓燕 ×')
  await page.locator('.activity-insured__item[data-value="yes"]').click()
  await page.locator('.activity-form__submit').click()

  // Back on the list, the new activity under 未开始.
  await page.waitForURL(/admin\/pages\/activities\/index/)
  const created = row(page, title)
  await expectText(created.locator('.activity-row__title'), title)
  await expectText(created.locator('.activity-row__state'), '未开始')
  await expectText(created.locator('.activity-row__signed'), '已报名 0/2 · 候补 0')
  await expectText(created.locator('.activity-row__time'), `${day} 19:00–21:00`)
  const activityId = (await created.getAttribute('data-activity-id'))!
  const saved = await call('demo-admin', 'activity', 'get', { activityId })
  expect(saved).toMatchObject({
    title,
    category: 'patrol',
    capacity: 2,
    insured: true,
    notes: '请穿红马甲，自带手电筒',
    place: { address: '美食街东口服务站', latitude: 31.2304, longitude: 121.4737, radius: 300 },
    leaders: ['陈晓燕'],
    creditHours: null,
    audienceRule: { kind: 'everyone' },
  })
  expect(Date.parse(saved.startAt)).toBe(Date.parse(`${day}T19:00:00+08:00`))

  // Someone signs up, so the edit will tell her.
  await call('demo-member', 'activity', 'signUp', { activityId })

  // Edit: the form comes back filled; a new title, a third place and a later end.
  await openRoute(page, env.stack.url, 'admin/pages/activities/index')
  await row(page, title).locator('.activity-row__edit').click()
  await page.waitForURL(/admin\/pages\/activity-form\/index\?id=/)
  await expectText(page.locator('.activity-form__title'), '编辑活动')
  await expectText(
    page.locator('.activity-form__notice'),
    '已有 1 人报名、0 人候补。保存修改后，每一位报名和候补的志愿者都会收到活动变更通知。',
  )
  expect(await page.locator('.activity-form__name input').inputValue()).toBe(title)
  expect(await page.locator('.activity-end__time input').inputValue()).toBe('21:00')
  await expectText(page.locator('.leader-picker__tag'), '陈晓燕 ×')
  await fill(page, '.activity-form__name input', `${title}（加场）`)
  await fill(page, '.activity-form__capacity input', '3')
  await fill(page, '.activity-end__time input', '21:30')
  await page.locator('.activity-form__submit').click()

  await page.waitForURL(/admin\/pages\/activities\/index/)
  const edited = page.locator(`.activity-row[data-activity-id="${activityId}"]`)
  await expectText(edited.locator('.activity-row__title'), `${title}（加场）`)
  await expectText(edited.locator('.activity-row__signed'), '已报名 1/3 · 候补 0')
  await expectText(edited.locator('.activity-row__time'), `${day} 19:00–21:30`)

  // 取消活动: the reason is asked for in a dialog; the activity moves to 已取消.
  await edited.locator('.activity-row__edit').click()
  await page.waitForURL(/admin\/pages\/activity-form\/index\?id=/)
  await page.locator('.activity-form__cancel-activity').click()
  const dialog = page.locator('.cancel-activity-panel')
  await expectText(
    dialog.locator('.cancel-activity-form__notice'),
    '已有 1 人报名或候补，取消后每个人都会收到通知和取消原因。',
  )
  await dialog.locator('.cancel-activity-form__submit').click()
  await expectFieldError(dialog, 'reason', '请填写取消原因，报名的志愿者会看到')
  await dialog.locator('.cancel-activity-form__reason textarea').fill('天气预警，活动改期')
  await dialog.locator('.cancel-activity-form__submit').click()
  await page.waitForURL(/admin\/pages\/activities\/index/)
  await page.locator('.activity-view__item', { hasText: '已取消' }).click()
  const cancelled = page.locator(`.activity-row[data-activity-id="${activityId}"]`)
  await expectText(cancelled.locator('.activity-row__state'), '已取消')
  await expectCount(cancelled.locator('.activity-row__edit'), 0)
  const mine = await call('demo-member', 'activity', 'get', { activityId })
  expect(mine.mine.status).toBe('dropped')
})

it('shows a bad time under its field, from the form’s own check and from the server, and fills the point from the browser’s position (375 px)', async () => {
  const { page } = env.browser
  await page.setViewportSize(PHONE)
  await openAs(page, env.stack.url, '王建国', 'admin/pages/activity-form/index')
  const title = '垃圾分类劝导'
  await fillActivityForm(page, {
    title,
    day: dayFromNow(4),
    start: '15:00',
    end: '14:00',
    capacity: '2',
  })
  await page.locator('.activity-form__submit').click()
  await expectFieldError(page, 'endAt', '结束时间须晚于开始时间')
  await expectCount(page.locator('.field-error[data-field="startAt"]'), 0)

  // Only the server knows the time now: a start already past is refused under 开始时间.
  await fill(page, '.activity-start__day input', dayFromNow(-2))
  await fill(page, '.activity-end__day input', dayFromNow(-2))
  await fill(page, '.activity-end__time input', '16:00')
  await page.locator('.activity-form__submit').click()
  await expectFieldError(page, 'startAt', '开始时间须晚于现在')
  await expectCount(page.locator('.field-error[data-field="endAt"]'), 0)
  expect(page.url()).toMatch(/admin\/pages\/activity-form\/index/)

  // 使用当前位置: the browser's position fills the point.
  const { context } = env.browser
  await context.grantPermissions(['geolocation'], { origin: new URL(env.stack.url).origin })
  await context.setGeolocation({ latitude: 31.2291, longitude: 121.4756 })
  await fill(page, '.activity-place__latitude input', '')
  await fill(page, '.activity-place__longitude input', '')
  await page.locator('.activity-place__locate').click()
  await expectValue(page.locator('.activity-place__latitude input'), '31.2291')
  await expectValue(page.locator('.activity-place__longitude input'), '121.4756')
})

it('shows a secretary only her branch’s activities (375 px)', async () => {
  const { page } = env.browser
  await page.setViewportSize(PHONE)
  const hers = `美食街文明劝导${Date.now() % 1000}`
  const committees = `商圈敬老助老${Date.now() % 1000}`
  await call(
    'demo-secretary',
    'activity',
    'create',
    activityFields(hers, 2 * DAY, {
      category: 'civility',
      audience: { kind: 'branch', orgId: 'org-food-street' },
    }),
  )
  await call('demo-admin', 'activity', 'create', activityFields(committees, 2 * DAY))

  await openAs(page, env.stack.url, '李红梅', 'admin/pages/dashboard/index')
  await page.locator('.console-nav__card--activities').waitFor()
  await expectCount(page.locator('.console-nav__card--volunteer-figures'), 0)
  // Her branches' corrections reach her queue, so 时长更正 is hers too.
  await expectCount(page.locator('.console-nav__card--corrections'), 1)
  await page.locator('.console-nav__card--activities').click()
  await page.waitForURL(/admin\/pages\/activities\/index/)

  await expectText(row(page, hers).locator('.activity-row__title'), hers)
  await expectCount(row(page, committees), 0)
  const organisers = await page.locator('.activity-row__organiser').allTextContents()
  expect(organisers.length).toBeGreaterThan(0)
  for (const text of organisers) expect(text).toContain('美食街党支部')
  for (const link of ['figures', 'corrections']) {
    await expectCount(page.locator(`.admin-activities__${link}`), 0)
  }
  // The committee sees both.
  const all = await call('demo-admin', 'activity', 'queue', { view: 'upcoming', pageSize: 50 })
  const titles = all.list.map((a: { title: string }) => a.title)
  expect(titles).toEqual(expect.arrayContaining([hers, committees]))

  // Her form offers only her own branch.
  await page.locator('.admin-activities__create').click()
  await page.waitForURL(/admin\/pages\/activity-form\/index/)
  await page.locator('.activity-audience__item[data-value="branch"]').click()
  await expectCount(page.locator('.activity-branch__item'), 1)
  await expectText(page.locator('.activity-branch__item--active'), '美食街党支部')
})

/** An activity (2 h) that ended yesterday with 陈晓燕 recorded for 1.5 h, hours confirmed; her record's id. */
async function servedRecord(title: string, startIn: number): Promise<string> {
  const { activityId } = await call(
    'demo-admin',
    'activity',
    'create',
    activityFields(title, startIn),
  )
  await call('demo-member', 'activity', 'signUp', { activityId })
  // The day passes: the activity is moved back a day through the database.
  const start = new Date(Date.now() - DAY + startIn)
  const end = new Date(start.getTime() + 2 * HOUR)
  await db()
    .collection('activities')
    .doc(activityId)
    .update({
      startAt: start,
      endAt: end,
      signUpOpensAt: new Date(start.getTime() - DAY),
      signUpClosesAt: start,
    })
  const roster = await call('demo-admin', 'activity', 'roster', { activityId })
  const userId = roster.list[0].userId
  await call('demo-admin', 'activity', 'attendance', {
    activityId,
    userId,
    mark: 'present',
    checkInAt: new Date(start.getTime() + HOUR / 2).toISOString(),
    checkOutAt: end.toISOString(),
    reason: '现场签到表补录',
  })
  const confirmed = await call('demo-admin', 'activity', 'confirmHours', { activityId })
  expect(confirmed).toEqual({ records: 1, hours: 1.5 })
  const records = await call('demo-member', 'activity', 'myRecords', {})
  return records.list.find((r: { activityTitle: string }) => r.activityTitle === title).recordId
}

it('approves a volunteer’s correction request on the corrections page (375 px)', async () => {
  const { page } = env.browser
  await page.setViewportSize(PHONE)
  const title = '敬老院陪伴聊天'
  // Apart in time from the other served activity: one person cannot sign up for overlapping ones.
  const recordId = await servedRecord(title, 2 * HOUR)
  await call('demo-member', 'activity', 'requestCorrection', {
    recordId,
    hours: 2,
    reason: '准时到场帮忙布置场地，签到表记晚了半小时',
  })

  await openConsoleArea(page, env.stack.url, '王建国', 'corrections')
  const request = page.locator(`.correction-row[data-record-id="${recordId}"]`)
  await expectText(request.locator('.correction-row__volunteer'), '陈晓燕')
  await expectText(request.locator('.correction-row__activity'), title)
  await expectText(
    request.locator('.correction-row__hours'),
    '记录时长 1.5 小时 → 申请更正为 2 小时',
  )
  await expectText(
    request.locator('.correction-row__reason'),
    '理由：准时到场帮忙布置场地，签到表记晚了半小时',
  )

  await request.locator('.correction-choice__item[data-value="approve"]').click()
  expect(await request.locator('.correction-decision__hours input').inputValue()).toBe('2')
  await request.locator('.correction-decision__submit').click()
  await expectCount(page.locator(`.correction-row[data-record-id="${recordId}"]`), 0)

  const records = await call('demo-member', 'activity', 'myRecords', {})
  const record = records.list.find((r: { recordId: string }) => r.recordId === recordId)
  expect(record.hours).toBe(2)
  expect(record.correction).toMatchObject({ status: 'approved', hours: 2 })
})

it('shows the volunteer figures and downloads the 志愿服务台账', async () => {
  const { page } = env.browser
  await page.setViewportSize(DESKTOP)
  const title = '便民理发义剪'
  await servedRecord(title, 5 * HOUR)
  const month = shanghaiToday().slice(0, 7)
  const range = { from: `${month.slice(0, 4)}-01`, to: month }
  const figures = await call('demo-admin', 'activity', 'figures', range)
  expect(figures.hours).toBeGreaterThan(0)

  await openConsoleArea(page, env.stack.url, '王建国', 'volunteer-figures')
  for (const key of ['activities', 'volunteers', 'hours'] as const) {
    await expectText(
      page.locator(`.figure-tile--${key} .figure-tile__value`),
      String(Math.round(figures[key] * 10) / 10),
    )
  }
  const thisMonth = figures.byMonth.find((m: { month: string }) => m.month === month)
  await expectText(
    page.locator(`.month-row[data-month="${month}"] .month-row__activities`),
    `${thisMonth.activities} 场`,
  )
  await expectText(
    page.locator('.top-volunteer[data-rank="1"] .top-volunteer__name'),
    figures.topVolunteers[0].name,
  )

  const ledger = await downloadFrom(page, page.locator('.volunteer-figures__ledger'))
  expect(ledger.name).toMatch(/\.xlsx$/)
  expect((await sheetRows(ledger.path)).flat()).toContain(title)
})
