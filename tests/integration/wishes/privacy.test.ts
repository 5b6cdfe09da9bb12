import { dumpDatabase, expectEveryQueryIndexed } from '../../support/stack'
import { dayIn } from '../../support/time'
import { createBranch, createPeople, wishStack } from './fixtures'

const w = wishStack()

const PHONE = '13766660987'

it('shows the contact phone only to the holder, the assignee and the committee', async () => {
  const branch = await createBranch()
  const { wisher, stranger, holder, bystander } = await createPeople(
    { wisher: '欧阳心愿', stranger: '陌生人' },
    { holder: '邓承诺', bystander: '路过的党员' },
  )
  const wishId = await w.submit(wisher.openid, {
    contact: PHONE,
    place: { kind: 'shop', shopId: branch.shop.shopId },
  })

  const refused: unknown[] = []
  const allowed: unknown[] = []
  const everyoneElse = async (assigned = false, claimed = false) => {
    const others = [null, stranger.openid, bystander.openid, ...(claimed ? [] : [holder.openid])]
    // The branch's secretary reviews (no phone) until the wish is dispatched to the branch.
    for (const openid of assigned ? others : [...others, branch.secretary.openid]) {
      refused.push((await w.call(openid, 'get', { wishId })).body)
      refused.push((await w.call(openid, 'list', {})).body)
      refused.push((await w.call(openid, 'board', {})).body)
      if (openid) refused.push((await w.call(openid, 'mine', { side: 'held' })).body)
    }
    if (!assigned)
      refused.push((await w.call(branch.secretary.openid, 'queue', { view: 'all' })).body)
    // The wisher sees their own contact masked.
    refused.push((await w.call(wisher.openid, 'get', { wishId })).body)
    refused.push((await w.call(wisher.openid, 'mine', { side: 'wished' })).body)
  }

  await everyoneElse()
  refused.push(
    (await w.call(branch.secretary.openid, 'review', { wishId, decision: 'approve' })).body,
  )
  await everyoneElse()
  allowed.push((await w.call('demo-admin', 'get', { wishId })).body)

  allowed.push((await w.call(holder.openid, 'claim', { wishId })).body)
  allowed.push((await w.call(holder.openid, 'get', { wishId })).body)
  await everyoneElse(false, true)
  refused.push((await w.call(holder.openid, 'release', { wishId, reason: '家里有事' })).body)
  // Once given back, the former holder sees it as the public does.
  refused.push((await w.call(holder.openid, 'get', { wishId })).body)

  allowed.push(
    (
      await w.call('demo-admin', 'dispatch', {
        wishId,
        to: { kind: 'branch', orgId: branch.orgId },
        deadline: dayIn(3),
      })
    ).body,
  )
  allowed.push((await w.call(branch.secretary.openid, 'get', { wishId })).body)
  await everyoneElse(true)

  for (const body of refused) expect(JSON.stringify(body)).not.toContain(PHONE)
  expect(JSON.stringify(refused)).toContain('137****0987')
  const shown = allowed.map((b) => JSON.stringify(b))
  expect(shown.filter((s) => s.includes(PHONE)).length).toBeGreaterThanOrEqual(4)

  // Nor in any message, nor stored in the clear.
  const dump = dumpDatabase(w.stack)
  expect(JSON.stringify(dump.messages)).not.toContain(PHONE)
  expect(JSON.stringify(dump.wishes)).not.toContain(PHONE)
  // The wisher's name is masked everywhere public.
  for (const body of refused.slice(0, 3)) expect(JSON.stringify(body)).not.toContain('欧阳心愿')
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))
