import { dumpDatabase, expectEveryQueryIndexed } from '../../support/stack'
import { createUser, createVerifiedMember, db, wishStack } from './fixtures'

const w = wishStack()

const slotsOf = (prefix: string) =>
  (dumpDatabase(w.stack).slots as { _id: string; ref: string }[]).filter((s) =>
    s._id.startsWith(prefix),
  )

it('5 members firing 10 concurrent claims each at one wish: exactly one holder, one claim slot', async () => {
  const wisher = await createUser('钱阿姨')
  const wishId = await w.openWish(wisher.openid)
  const members = await Promise.all(
    [1, 2, 3, 4, 5].map((i) => createVerifiedMember(`党员${'甲乙丙丁戊'[i - 1]}${i}`)),
  )
  const replies = await Promise.all(
    members.flatMap((m) => Array.from({ length: 10 }, () => w.call(m.openid, 'claim', { wishId }))),
  )
  const won = replies.filter((r) => r.status === 200)
  // Every winning reply is the one holder's (a retry of their own claim answers with the wish).
  const holders = new Set(won.map((r) => r.body.data.holder.name))
  expect(holders.size).toBe(1)
  for (const r of replies.filter((r) => r.status !== 200))
    expect(r.body.error.code).toBe('CONFLICT')
  const doc = await w.storedWish(wishId)
  expect(doc.status).toBe('claimed')
  expect(doc.holderKeys).toHaveLength(1)
  const inUse = members.flatMap((m) => slotsOf(`claim:user:${m.userId}:`))
  expect(inUse).toEqual([expect.objectContaining({ ref: wishId })])
  expect(inUse[0]._id.startsWith(`claim:${doc.holderKeys[0]}:`)).toBe(true)
})

it('refuses a 4th claim and one’s own wish; a release returns the wish to the wall', async () => {
  const wisher = await createUser('孙大爷')
  const member = await createVerifiedMember('周红')
  const ids = await w.openWishes(wisher.openid, 3)
  for (const wishId of ids)
    expect((await w.call(member.openid, 'claim', { wishId })).status).toBe(200)
  const other = await createUser('吴奶奶')
  const fourth = await w.openWish(other.openid)
  const refused = await w.call(member.openid, 'claim', { wishId: fourth })
  expect(refused.body.error).toEqual({ code: 'CONFLICT', message: '最多同时认领 3 个未完成的心愿' })

  // A claim given back frees its slot and returns the wish to the wall, on the record.
  const released = await w.call(member.openid, 'release', { wishId: ids[0], reason: '临时出差' })
  expect(released.body.data).toMatchObject({ status: 'open', holder: null })
  const doc = await w.storedWish(ids[0])
  expect(doc.releases).toEqual([
    expect.objectContaining({
      holderKey: `user:${member.userId}`,
      name: '周红',
      reason: '临时出差',
    }),
  ])
  expect((await w.call(member.openid, 'claim', { wishId: fourth })).status).toBe(200)

  // One's own wish cannot be claimed.
  const own = await w.openWish(member.openid)
  expect((await w.call(member.openid, 'claim', { wishId: own })).body.error).toEqual({
    code: 'FORBIDDEN',
    message: '不能认领自己的心愿',
  })
})

it('refuses a 4th unfinished wish, and concurrent submits never exceed 3', async () => {
  const a = await createUser('郑先生')
  for (let i = 0; i < 3; i++) await w.submit(a.openid)
  const fourth = await w.call(a.openid, 'submit', {
    title: '第四个心愿试一试',
    description: '这是第四个心愿，应当被拒绝才对。',
    category: 'other',
    place: { kind: 'area', area: '红星社区' },
    contact: '13800001111',
  })
  expect(fourth.body.error).toEqual({ code: 'CONFLICT', message: '最多同时有 3 个未完成的心愿' })

  // Withdrawing one frees its place.
  const mine = await w.call(a.openid, 'mine', { side: 'wished' })
  const first = mine.body.data.list[0].wishId
  expect((await w.call(a.openid, 'withdraw', { wishId: first })).body.data.status).toBe('withdrawn')
  await w.submit(a.openid)

  const b = await createUser('冯女士')
  const replies = await Promise.all(
    Array.from({ length: 12 }, () =>
      w.call(b.openid, 'submit', {
        title: '并发提交的心愿',
        description: '同时提交很多次，只能成功三次。',
        category: 'other',
        place: { kind: 'area', area: '红星社区' },
        contact: '13800001111',
      }),
    ),
  )
  expect(replies.filter((r) => r.status === 200)).toHaveLength(3)
  const stored = (await db().collection('wishes').where({ wisherId: b.userId }).get()).data
  expect(stored).toHaveLength(3)
  expect(slotsOf(`wish:${b.userId}:`)).toHaveLength(3)

  // 代录 wishes do not count against the committee member who enters them.
  for (let i = 0; i < 4; i++)
    await w.submit('demo-admin', {
      contact: null,
      onBehalf: { name: '独居老人王奶奶', source: '社区走访' },
    })
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))
