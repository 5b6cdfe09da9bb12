// Test fixtures for volunteer activities: volunteers (and verified members who volunteer), a
// branch with its secretary, and an activity published through the function, all written through
// the SDK so each test starts from what it knows. Time travel writes stored fields, as the wish
// sweep tests do.
import { newVolunteerDoc } from '../../../server/domain/new-volunteer'
import { fileStack } from '../../support/stack'
import { activityInput } from '../../support/activity-input'
import { DAY, HOUR } from '../../support/time'
import { createUser, createVerifiedMember, db } from '../wishes/fixtures'

export { createBranch, createUser, createVerifiedMember, db } from '../wishes/fixtures'
export { activityInput } from '../../support/activity-input'

/**
 * Writes the volunteer profile of an existing user, as registering does, but without a phone (so
 * rosters show '***' unless a test gives one).
 */
export async function makeVolunteer(userId: string, realName: string, extra: object = {}) {
  const input = { realName, phone: '13800000000', skills: [], areas: [] }
  const { _id, ...doc } = newVolunteerDoc(userId, input, false, null, new Date())
  await db()
    .collection('volunteers')
    .doc(_id)
    .set({ ...doc, phoneCipher: null, phoneHash: null, ...extra })
}

/** A signed-in person registered as a volunteer. */
export async function createVolunteer(realName: string) {
  const user = await createUser(realName)
  await makeVolunteer(user.userId, realName)
  return user
}

/** `n` volunteers named `prefix`1号, `prefix`2号, … */
export function createVolunteers(n: number, prefix = '志愿者') {
  return Promise.all(Array.from({ length: n }, (_, i) => createVolunteer(`${prefix}${i + 1}号`)))
}

/** A verified Party member (of `branchId`, if given) who is also a volunteer. */
export async function createMemberVolunteer(realName: string, branchId: string | null = null) {
  const user = await createVerifiedMember(realName)
  if (branchId) await db().collection('members').doc(user.userId).update({ branchId })
  await makeVolunteer(user.userId, realName)
  return user
}

/**
 * The local stack for one test file, started before its tests and stopped after them, with the
 * activity function's calls on it (`t.call`, `t.create`, `t.signUp`, …), what it stores read back
 * (`t.storedActivity`, `t.storedSignUp`, `t.storedVolunteer`, `t.inboxKinds`), time travel
 * (`t.setActivity`, `t.moveActivity`), and `t.stack` itself.
 */
export function activityStack() {
  const stack = fileStack()
  const call = (openid: string | null, action: string, data: object) =>
    stack.http(openid, 'activity', { action, data })
  /** Publishes an activity (as the committee unless `openid` says who); its id. */
  const create = async (extra: object = {}, openid = 'demo-admin') => {
    const res = await call(openid, 'create', { ...activityInput(), ...extra })
    if (res.status !== 200) throw new Error(`create: ${JSON.stringify(res.body)}`)
    return res.body.data.activityId as string
  }
  const signUp = (openid: string, activityId: string) => call(openid, 'signUp', { activityId })
  const cancelSignUp = (openid: string, activityId: string) =>
    call(openid, 'cancelSignUp', { activityId })
  const get = async (openid: string | null, activityId: string) => {
    const res = await call(openid, 'get', { activityId })
    if (res.status !== 200) throw new Error(`get: ${JSON.stringify(res.body)}`)
    return res.body.data
  }
  /** Runs the timed sweep as the platform's timer would, with the committee's rights; its counts. */
  const sweep = async () => ok(await call('demo-admin', 'sweep', {}))
  return {
    stack,
    call,
    create,
    signUp,
    cancelSignUp,
    get,
    sweep,
    storedActivity,
    storedSignUp,
    storedVolunteer,
    inboxKinds,
    setActivity,
    moveActivity,
  }
}

/** The reply's data, or the reply thrown as an error: for calls a test expects to succeed. */
export async function ok(res: { status: number; body: any }) {
  if (res.status !== 200) throw new Error(JSON.stringify(res.body))
  return res.body.data
}

/** Writes fields straight into a stored activity (time travel). */
async function setActivity(activityId: string, change: Record<string, unknown>) {
  await db().collection('activities').doc(activityId).update(change)
}

async function storedActivity(activityId: string) {
  return (await db().collection('activities').doc(activityId).get()).data[0]
}

async function storedSignUp(activityId: string, userId: string) {
  return (await db().collection('signups').doc(`${activityId}:${userId}`).get()).data[0]
}

async function storedVolunteer(userId: string) {
  return (await db().collection('volunteers').doc(userId).get()).data[0]
}

/** The kinds of message in the user's inbox. */
async function inboxKinds(userId: string): Promise<string[]> {
  const res = await db().collection('messages').where({ userId }).limit(100).get()
  return res.data.map((m: { kind: string }) => m.kind)
}

/** Moves an activity (and its sign-ups) so it starts `inHours` from now. */
async function moveActivity(activityId: string, inHours: number, hours = 2) {
  const startAt = new Date(Date.now() + inHours * HOUR)
  const endAt = new Date(startAt.getTime() + hours * HOUR)
  await setActivity(activityId, {
    startAt,
    endAt,
    signUpOpensAt: new Date(startAt.getTime() - 30 * DAY),
    signUpClosesAt: startAt,
  })
  await db().collection('signups').where({ activityId }).update({ startAt, endAt })
}
