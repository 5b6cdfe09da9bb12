// Test fixtures for the day of an activity, on the file's stack: an activity published through the
// function with a leader and volunteers signed up, then moved in time; check-in and -out with fresh
// codes; and time travel that shifts every stored instant of an activity at once (as if the clock
// jumped forward).
import { checkInCode } from '../../../server/services/volunteer-codes'
import { awaitRoomInCodeWindow } from '../../support/code-window'
import { MINUTE } from '../../support/time'
import { activityInput, activityStack, db } from '../activities/fixtures'

export * from '../activities/fixtures'

let slot = 0

type Caller = { openid: string; userId: string }

/**
 * The activity stack of one test file (see `activityStack`) with the day of an activity on it:
 * `v.dayActivity` publishes one with its people signed up (`v.checkInOpen`: one whose check-in is
 * open), `v.scan` checks someone in or out with the current code, `v.travel` moves it into the past.
 */
export function volunteerStack() {
  const t = activityStack()

  /**
   * An activity led by `leader` with `people` signed up in order (the later ones waitlisted past
   * `capacity`), then moved to start `startInMinutes` from now. Each gets its own week far ahead
   * first, so the volunteers' sign-ups never overlap.
   */
  const dayActivity = async (options: {
    leader: Caller
    people: Caller[]
    startInMinutes: number
    hours?: number
    capacity?: number
    extra?: object
  }) => {
    const hours = options.hours ?? 2
    const inHours = 200 + 30 * ++slot + (process.pid % 7)
    const activityId = await t.create(
      activityInput(inHours, hours, {
        capacity: options.capacity ?? 10,
        leaderIds: [options.leader.userId],
        ...options.extra,
      }),
    )
    for (const p of options.people) {
      const res = await t.signUp(p.openid, activityId)
      if (res.status !== 200) throw new Error(`signUp: ${JSON.stringify(res.body)}`)
    }
    await t.moveActivity(activityId, options.startInMinutes / 60, hours)
    return activityId
  }

  /**
   * An activity whose check-in is open: led by `leader`, `people` signed up in order, starting in
   * 10 minutes (see `dayActivity` for `more`).
   */
  const checkInOpen = (
    leader: Caller,
    people: Caller[],
    more: { hours?: number; capacity?: number; extra?: object } = {},
  ) => dayActivity({ leader, people, startInMinutes: 10, ...more })

  /** `who` scans the activity's current code to check in or out (`extra`: where from); the reply. */
  const scan = async (
    who: { openid: string },
    kind: 'checkIn' | 'checkOut',
    activityId: string,
    extra: object = {},
  ) => t.call(who.openid, kind, { code: await freshCode(activityId), ...extra })

  return { ...t, dayActivity, checkInOpen, scan, travel }
}

/** The activity's current code, taken with time left in its window to use it. */
export async function freshCode(activityId: string): Promise<string> {
  await awaitRoomInCodeWindow()
  return checkInCode(activityId, new Date())
}

/** A correctly signed code of the previous 30-second window. */
export function previousCode(activityId: string): string {
  return checkInCode(activityId, new Date(Date.now() - 30e3))
}

const shift = (d: unknown, ms: number) => (d ? new Date(new Date(d as string).getTime() - ms) : d)

/** Moves every stored instant of the activity and its sign-ups `minutes` into the past. */
async function travel(activityId: string, minutes: number) {
  const ms = minutes * MINUTE
  const a = (await db().collection('activities').doc(activityId).get()).data[0]
  await db()
    .collection('activities')
    .doc(activityId)
    .update({
      startAt: shift(a.startAt, ms),
      endAt: shift(a.endAt, ms),
      signUpOpensAt: shift(a.signUpOpensAt, ms),
      signUpClosesAt: shift(a.signUpClosesAt, ms),
      confirmBy: shift(a.confirmBy, ms),
    })
  const signups = (await db().collection('signups').where({ activityId }).limit(1000).get()).data
  for (const s of signups)
    await db()
      .collection('signups')
      .doc(s._id)
      .update({
        startAt: shift(s.startAt, ms),
        endAt: shift(s.endAt, ms),
        checkInAt: shift(s.checkInAt, ms),
        checkOutAt: shift(s.checkOutAt, ms),
      })
}

export const PLACE = { latitude: 31.2304, longitude: 121.4737 }
