// A person registers as a Party member: consent first, drafts, submission, withdrawal, and fixing
// a rejected registration; every bad input is refused with the field named and nothing stored.
import { dumpDatabase, expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { MEMBER_FORM } from '../../support/member-form'

const stack = fileStack()

const FORM = { ...MEMBER_FORM, floating: true, skills: ['家电维修'] }

const call = (who: string, action: string, data: object = {}, idempotencyKey?: string) =>
  stack.http(who, 'member', { action, data, ...(idempotencyKey ? { idempotencyKey } : {}) })
const mine = async (who: string) => (await call(who, 'mine')).body.data.registration

it('refuses bad input field by field and stores nothing', async () => {
  const cases: [object, string][] = [
    [{ consent: undefined }, 'consent'],
    [{ consent: false }, 'consent'],
    [{ phone: '1381234567' }, 'phone'],
    [{ phone: undefined }, 'phone'],
    [{ joinedOn: '2999-01-01' }, 'joinedOn'],
    [{ joinedOn: '2015-02-30' }, 'joinedOn'],
    [{ joinedOn: '1900-01-01' }, 'joinedOn'],
    [{ workShopId: 'shop-999' }, 'workShopId'],
    [{ realName: '张' }, 'realName'],
    [{ gender: '其他' }, 'gender'],
    [{ skills: ['炒股'] }, 'skills.0'],
    [{ transferred: true, floating: true }, 'floating'],
  ]
  for (const [change, field] of cases) {
    const res = await call('reg-bad', 'submit', { ...FORM, ...change })
    expect(res.status).toBe(400)
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field)
  }
  expect(await mine('reg-bad')).toBeNull()
})

it('saves a draft only after consent, then submits it for verification', async () => {
  const noConsent = await call('reg-a', 'saveDraft', { realName: '张三明' })
  expect(noConsent.body.error.issues[0]).toMatchObject({ path: 'consent' })
  expect(await mine('reg-a')).toBeNull()

  const draft = await call('reg-a', 'saveDraft', { realName: '张三明', consent: true })
  expect(draft.body.data).toEqual({ status: 'draft' })
  expect(await mine('reg-a')).toMatchObject({ status: 'draft', realName: '张三明', phone: null })

  const submitted = await call('reg-a', 'submit', FORM, 'submit-key-a-0001')
  expect(submitted.body.data).toEqual({ status: 'pending' })
  // A retried submit with the same key gets the same answer and writes nothing twice.
  expect((await call('reg-a', 'submit', FORM, 'submit-key-a-0001')).body.data).toEqual({
    status: 'pending',
  })
  expect(await mine('reg-a')).toMatchObject({
    status: 'pending',
    realName: '张三明',
    phone: '13812345678',
    shop: { shopId: 'shop-001', name: '老街口牛肉面' },
    // shop-001 is covered by the food-street branch, whose secretary will see the registration.
    branch: { orgId: 'org-food-street', name: '美食街党支部' },
    skills: ['家电维修'],
  })
  // While pending it cannot be edited, only withdrawn.
  const edit = await call('reg-a', 'saveDraft', { post: '厨师', consent: true })
  expect(edit.status).toBe(409)
})

it('withdraws a pending registration and resubmits it', async () => {
  await call('reg-b', 'submit', { ...FORM, phone: '13812340002' })
  expect((await call('reg-b', 'withdraw')).body.data).toEqual({ status: 'withdrawn' })
  expect((await call('reg-b', 'withdraw')).status).toBe(409)
  await call('reg-b', 'saveDraft', { post: '厨师长', consent: true })
  expect(await mine('reg-b')).toMatchObject({ status: 'withdrawn', post: '厨师长' })
  expect(
    (await call('reg-b', 'submit', { ...FORM, phone: '13812340002', post: '厨师长' })).body.data,
  ).toEqual({ status: 'pending' })
})

it('keeps phones out of the stored documents', async () => {
  await call('reg-c', 'submit', { ...FORM, phone: '13812340003' })
  const dump = JSON.stringify(dumpDatabase(stack))
  expect(dump).not.toContain('13812340003')
  expect(dump).toContain('张三明')
})

it('answers a weapp phone code locally with a field error asking for the number instead', async () => {
  const { phone: _drop, ...rest } = FORM
  const res = await call('reg-d', 'submit', { ...rest, phoneCode: 'wx-code-123' })
  expect(res.body.error.issues).toEqual([
    { path: 'phone', message: '本地环境无法获取微信手机号，请手动填写手机号' },
  ])
  expect(await mine('reg-d')).toBeNull()
})

it('accepts a registration from someone who never opened 我的 (no user record yet)', async () => {
  const res = await stack.http('first-contact', 'member', {
    action: 'submit',
    data: { ...FORM, phone: '13812340004' },
  })
  expect(res.body.data).toEqual({ status: 'pending' })
})

it('serves every query from an index', () => {
  expectEveryQueryIndexed(stack)
})
