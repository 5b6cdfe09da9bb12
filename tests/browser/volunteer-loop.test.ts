// 志愿服务 in Chromium at phone width: the committee creates an activity with 2 places (through the
// API; the console form has its own test); three people sign up on the activity page (张志明
// registering as a volunteer on the way; 陈晓燕 and 刘阳 are the demo's volunteers), the third
// waitlisted; one cancels and the third is promoted and told in 消息; the leader's code page shows
// the rotating code, the volunteer checks in by opening the link its QR holds (the code read from
// the leader's page) and checks out by pasting the code; the activity moves into the past (stored
// times written back, as other tests time-travel); the leader confirms the hours on the roster; the
// volunteer sees them on 我的志愿, downloads the certificate and its verification page says genuine;
// a forged serial not.
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import {
  expectCount,
  expectFieldError,
  expectText,
  openAs,
  openRoute,
  signInAs,
} from '../support/browser'
import { anotherBrowser, browserStack, failOnPageErrors } from '../support/browser-stack'
import { sdkDatabase } from '../support/local-endpoint'
import { awaitRoomInCodeWindow, codeWindowAt } from '../support/code-window'

const PHONE_SIZE = { width: 375, height: 812 }
const TITLE = '步行街平安巡逻志愿服务'
const PLACE = { latitude: 36.1923, longitude: 117.1289 }
const MINUTE = 60_000

const env = browserStack(PHONE_SIZE)
const leader = anotherBrowser(PHONE_SIZE)

beforeAll(async () => {
  // The volunteer's phone gives a location at the activity's place.
  await env.browser.context.grantPermissions(['geolocation'])
  await env.browser.context.setGeolocation(PLACE)
})
failOnPageErrors(env, () => [leader])

async function createActivity(startsIn: number, lasts: number): Promise<string> {
  const start = Date.now() + startsIn
  const res = await env.stack.http('demo-admin', 'activity', {
    action: 'create',
    idempotencyKey: `volunteer-loop-create-${start}`,
    data: {
      title: TITLE,
      category: 'patrol',
      description: '沿步行街巡查消防通道和占道经营，提醒商户注意用电安全。',
      place: { address: '财源街道步行街东口', ...PLACE, radius: 300 },
      startAt: new Date(start).toISOString(),
      endAt: new Date(start + lasts).toISOString(),
      capacity: 2,
      audience: { kind: 'everyone' },
      notes: '请穿红马甲，带好手机。',
      insured: true,
    },
  })
  expect(res.body).toMatchObject({ ok: true })
  return res.body.data.activityId
}

/** Moves the activity and everyone's sign-up `ms` in time: every stored instant shifts alike. */
async function shiftTimes(activityId: string, ms: number) {
  const db = sdkDatabase('local')
  const shifted = (doc: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(doc)
        .filter(([, v]) => v instanceof Date)
        .map(([k, v]) => [k, new Date((v as Date).getTime() + ms)]),
    )
  const [activity] = (await db.collection('activities').doc(activityId).get()).data
  await db.collection('activities').doc(activityId).update(shifted(activity))
  const signups = (await db.collection('signups').where({ activityId }).get()).data
  for (const s of signups) await db.collection('signups').doc(s._id).update(shifted(s))
}

/** The page of this activity showing now (h5 keeps earlier pages in the DOM, hidden). */
function activityPage(page: Page) {
  return page.locator('.activity-page:visible')
}

/**
 * Signs in, opens the activity and signs up, registering as a volunteer on the way unless the demo
 * seed registered them already (`profile` null: 陈晓燕 and 刘阳 are demo volunteers).
 */
async function signUpAs(
  page: Page,
  activityId: string,
  nickname: string,
  profile: { realName: string; phone: string } | null,
) {
  await openAs(page, env.stack.url, nickname, `volunteer/pages/activity/index?id=${activityId}`)
  await expectText(activityPage(page).locator('.activity-page__title'), TITLE)
  await activityPage(page).locator('.activity-page__sign-up').click()
  if (!profile) return
  // Not a volunteer yet: the consent and profile first, then back to the activity.
  await page.waitForURL(/volunteer\/pages\/consent\/index/)
  await expectCount(page.locator('.consent__section:visible'), 3)
  await page.locator('.volunteer-form__real-name input').fill(profile.realName)
  await page.locator('.volunteer-form__phone input').fill(profile.phone)
  await page.locator('.volunteer-skills__item').first().click()
  await page.locator('.volunteer-form__agree').click()
  await page.locator('.volunteer-form__submit').click()
  await page.waitForURL(/volunteer\/pages\/activity\/index/)
  await expectText(activityPage(page).locator('.activity-page__title'), TITLE)
  await activityPage(page).locator('.activity-page__sign-up').click()
}

/** The code on the leader's page right now. */
/** The code on the leader's page, once it is the current window's with time left to use it. */
async function currentCode(): Promise<string> {
  await awaitRoomInCodeWindow()
  const text = leader.page.locator('.code-page__text:visible')
  await text.waitFor()
  for (;;) {
    const code = (await text.textContent())!.trim()
    // A1.<activity>.<window>.<mac>: the page shows the next window's code within a moment.
    if (Number(code.split('.')[2]) === codeWindowAt(Date.now())) return code
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Checks in or out with the leader's current code; once more if the code changed meanwhile. */
async function scanLeaderCode(page: Page, kind: 'checkIn' | 'checkOut') {
  const label = kind === 'checkIn' ? '签到' : '签退'
  await openRoute(page, env.stack.url, `volunteer/pages/check-in/index?kind=${kind}`)
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.locator('.check-in-form__code input').fill(await currentCode())
    await page.locator('.check-in-form__submit').click()
    const outcome = page.locator('.check-in__success-title, .check-in__refusal-reason')
    await outcome.first().waitFor()
    if ((await outcome.first().textContent())!.startsWith(`${label}成功`)) return
  }
  throw new Error(
    `${label} refused: ${await page.locator('.check-in__refusal-reason').textContent()}`,
  )
}

/**
 * Opens the check-in page as the leader's QR link does (`#/volunteer/pages/check-in/index?code=…`):
 * the page submits the code at once. Once more if the code changed meanwhile.
 */
async function openCheckInLink(page: Page) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const code = await currentCode()
    await openRoute(page, env.stack.url, `volunteer/pages/check-in/index?code=${code}`)
    const outcome = page.locator('.check-in__success-title, .check-in__refusal-reason')
    await outcome.first().waitFor()
    if ((await outcome.first().textContent())!.startsWith('签到成功')) return
  }
  throw new Error(`签到 refused: ${await page.locator('.check-in__refusal-reason').textContent()}`)
}

it('runs an activity from sign-up and waitlist through check-in to confirmed hours and a verified certificate', async () => {
  const { page } = env.browser
  const activityId = await createActivity(180 * MINUTE, 260 * MINUTE)

  // 1. Three people sign up for 2 places; the third is waitlisted.
  await signUpAs(page, activityId, '陈晓燕', null)
  await expectText(activityPage(page).locator('.activity-page__mine-status'), '已报名')
  await signUpAs(page, activityId, '张志明', { realName: '张志明', phone: '13900002222' })
  await expectText(activityPage(page).locator('.activity-page__mine-status'), '已报名')
  await signUpAs(page, activityId, '刘阳', null)
  await expectText(activityPage(page).locator('.activity-page__mine-status'), '候补第 1 位')
  await expectText(activityPage(page).locator('.activity-page__places-count'), '已报名 2/2')
  await expectText(activityPage(page).locator('.activity-page__waitlist'), '候补 1 人')

  // The list shows it with no place left and one waiting.
  await openRoute(page, env.stack.url, 'volunteer/pages/activities/index')
  const card = page.locator('.activity-card:visible', { hasText: TITLE })
  await expectText(card.locator('.activity-card__places'), '名额已满 · 候补 1 人')

  // 2. 张志明 cancels (well before the cut-off); 刘阳 is promoted at once.
  await openAs(page, env.stack.url, '张志明', `volunteer/pages/activity/index?id=${activityId}`)
  await activityPage(page).locator('.activity-page__cancel').click()
  await page.locator('.taro-model__confirm:visible', { hasText: '取消报名' }).click()
  await expectText(activityPage(page).locator('.activity-page__mine-status'), '已取消')

  await openAs(page, env.stack.url, '刘阳', `volunteer/pages/activity/index?id=${activityId}`)
  await expectText(activityPage(page).locator('.activity-page__mine-status'), '已报名')
  await openRoute(page, env.stack.url, 'account/pages/inbox/index')
  const promoted = page.locator('.inbox-message', { hasText: '候补成功，已为您保留名额' })
  await expectCount(promoted, 1)
  expect(await promoted.textContent()).toContain(TITLE)

  // 3. The activity has started (10 minutes ago); the leader (王建国, its creator) shows the code.
  await shiftTimes(activityId, -190 * MINUTE)
  await signInAs(leader.page, env.stack.url, '王建国')
  // The leader finds it from 我的 → 我负责的活动 without having signed up.
  await openRoute(leader.page, env.stack.url, 'account/pages/me/index')
  await leader.page.locator('.me__entry--led-activities').click()
  await leader.page.waitForURL(/volunteer\/pages\/mine\/index/)
  await leader.page.locator('.my-volunteering__led .activity-card', { hasText: TITLE }).click()
  await leader.page.waitForURL(/volunteer\/pages\/activity\/index/)
  await activityPage(leader.page).locator('.activity-page__show-code').click()
  await leader.page.waitForURL(/volunteer\/pages\/code\/index/)
  expect(await currentCode()).toMatch(/^A1\./)
  await expectCount(leader.page.locator('.code-page__qr:visible'), 1)

  // 4. 刘阳 checks in by opening the link in the leader's QR (the code in it); two hours later, he
  // checks out by pasting the code.
  await openCheckInLink(page)
  expect(await page.locator('.check-in__success-title').textContent()).toMatch(
    /^签到成功 \d\d:\d\d$/,
  )
  await shiftTimes(activityId, -120 * MINUTE)
  await scanLeaderCode(page, 'checkOut')
  expect(await page.locator('.check-in__success-title').textContent()).toMatch(
    /^签退成功 \d\d:\d\d$/,
  )

  // 5. The activity ended; the leader confirms the hours on the roster.
  await shiftTimes(activityId, -180 * MINUTE)
  await openRoute(leader.page, env.stack.url, `volunteer/pages/roster/index?id=${activityId}`)
  const entry = leader.page.locator('.roster-entry', { hasText: '刘阳' })
  await expectText(entry.locator('.roster-entry__hours'), '2 小时')
  await expectText(entry.locator('.roster-entry__phone'), '139****3001')
  // 陈晓燕 never came: the leader records her as on leave, with the reason.
  const absent = leader.page.locator('.roster-entry', { hasText: '陈晓燕' })
  await absent.locator('.roster-entry__edit').click()
  await absent.locator('.attendance-mark__item', { hasText: '请假' }).click()
  await absent.locator('.attendance-form__submit').click()
  await expectFieldError(absent, 'reason', '请填写原因（会记入修改记录）')
  await absent.locator('.attendance-form__reason textarea').fill('家中老人生病，活动前电话请假')
  await absent.locator('.attendance-form__submit').click()
  await expectText(absent.locator('.roster-entry__attendance'), '请假（手工登记）')
  await leader.page.locator('.roster-page__confirm').click()
  await leader.page.locator('.taro-model__confirm:visible', { hasText: '确认时长' }).click()
  await expectCount(leader.page.locator('.roster-page__confirmed'), 1)
  // Confirmed hours change only through a correction: 登记出勤 is gone.
  await expectCount(leader.page.locator('.roster-entry__edit'), 0)

  // 6. 刘阳 sees the hours and the record on 我的志愿 and downloads the certificate.
  await openRoute(page, env.stack.url, 'volunteer/pages/mine/index')
  // On top of the demo's two records of 2 hours each.
  await expectText(page.locator('.figure-tile--total-hours .figure-tile__value'), '6')
  const record = page.locator('.record-card', { hasText: TITLE })
  await expectText(record.locator('.record-card__hours'), '2 小时')
  await expectText(record.locator('.record-card__place'), '财源街道步行街东口')
  const [download, reply] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse(
      (res) =>
        /api\/activity/.test(res.url()) && /certificate/.test(res.request().postData() ?? ''),
    ),
    page.locator('.my-volunteering__certificate').click(),
  ])
  const pdf = fs.readFileSync((await download.path())!)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const serial: string = (await reply.json()).data.serial

  // 7. Its verification page says genuine, with the name masked; a forged serial is refused.
  await openRoute(page, env.stack.url, `volunteer/pages/certificate/index?serial=${serial}`)
  await expectText(page.locator('.certificate-result__verdict'), '证明真实有效')
  await expectText(page.locator('.certificate-result__name'), '刘*')
  await expectText(page.locator('.certificate-result__hours'), '6 小时（3 条记录）')
  const forged = serial.slice(0, -1) + (serial.endsWith('A') ? 'B' : 'A')
  await openRoute(page, env.stack.url, `volunteer/pages/certificate/index?serial=${forged}`)
  await expectText(page.locator('.certificate-result__verdict'), '无法验证')
  expect(await page.locator('.certificate-page').innerText()).not.toContain('刘阳')

  // 8. 刘阳 asks to correct the record to 2.5 hours; the leader approves it on the roster page.
  await openRoute(page, env.stack.url, 'volunteer/pages/mine/index')
  await record.locator('.record-card__correct').click()
  await record.locator('.correction-form__hours input').fill('2.5')
  await record.locator('.correction-form__reason textarea').fill('签退前又帮忙收拾了半小时器材')
  await record.locator('.correction-form__submit').click()
  await expectText(
    record.locator('.record-card__correction'),
    '更正审核中：申请 2.5 小时，签退前又帮忙收拾了半小时器材',
  )
  await openRoute(leader.page, env.stack.url, `volunteer/pages/roster/index?id=${activityId}`)
  const request = leader.page.locator('.correction-item', { hasText: '刘阳' })
  await expectText(request.locator('.correction-item__who'), '刘阳：记录 2 小时，申请 2.5 小时')
  await request.locator('.correction-item__approve').click()
  await expectCount(leader.page.locator('.correction-item'), 0)
  await openRoute(page, env.stack.url, 'volunteer/pages/mine/index')
  await expectText(record.locator('.record-card__hours'), '2.5 小时')
  await expectText(page.locator('.figure-tile--total-hours .figure-tile__value'), '6.5')
})
