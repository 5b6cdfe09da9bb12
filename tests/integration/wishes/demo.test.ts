import { seedDemoWishes } from '../../../local-cloud/seed/demo-wishes'
import { UNFINISHED_WISH_STATUSES } from '../../../types/wish'
import { dumpDatabase, expectEveryQueryIndexed } from '../../support/stack'
import { db, wishStack } from './fixtures'

const w = wishStack()

it('seeds a wish in every state, and seeding again changes nothing', async () => {
  const before = dumpDatabase(w.stack)
  const wishes = before.wishes as { _id: string; status: string; overdue: boolean }[]
  const demo = wishes.filter((x) => x._id.startsWith('demo-wish-'))
  // Every state but the wisher's private draft and a withdrawn wish, which the demo never shows.
  expect(new Set(demo.map((x) => x.status))).toEqual(
    new Set([...UNFINISHED_WISH_STATUSES, 'confirmed']),
  )
  expect(demo.filter((x) => x.status === 'open')).toHaveLength(4)
  expect(demo.some((x) => x.overdue)).toBe(true)

  // A claim holds its slot until confirmed: the claimed and the fulfilled one each hold one.
  const claimSlots = (before.slots as { _id: string; ref: string }[]).filter((s) =>
    s._id.startsWith('claim:'),
  )
  expect(claimSlots.map((s) => s.ref)).toEqual(
    expect.arrayContaining(['demo-wish-7', 'demo-wish-8']),
  )

  // The member persona holds the claimed one and sees the contact; the secretary is dispatched one.
  const held = await w.call('demo-member', 'mine', { side: 'held' })
  expect(held.body.data.list.map((s: { wishId: string }) => s.wishId)).toContain('demo-wish-7')
  const asHolder = await w.call('demo-member', 'get', { wishId: 'demo-wish-7' })
  expect(asHolder.body.data).toMatchObject({ viewer: 'holder', contact: '13900002007' })
  const asAssignee = await w.call('demo-secretary', 'get', { wishId: 'demo-wish-6' })
  expect(asAssignee.body.data.can).toEqual(['respond'])
  const shopper = await w.call('demo-shopper', 'get', { wishId: 'demo-wish-8' })
  expect(shopper.body.data.can).toEqual(['confirm'])
  // The shopper has two unfinished wishes: one more may be submitted.
  expect(
    (
      await w.call('demo-shopper', 'submit', {
        title: '想要一张社区活动表',
        description: '想知道社区每个月有哪些活动，方便带孩子参加。',
        category: 'other',
        place: { kind: 'area', area: '红星社区' },
        contact: '13900009999',
      })
    ).status,
  ).toBe(200)

  await seedDemoWishes(db() as never, new Date())
  const after = dumpDatabase(w.stack)
  expect(after.wishes).toHaveLength(wishes.length + 1)
  expect(after.slots).toHaveLength((before.slots as unknown[]).length + 1)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))
