// Unique indexes declared in types/collections.ts (users.openid, shops.licenceNo): a write that would
// duplicate a key fails with DATABASE_DUPLICATE_WRITE and writes nothing at all.
import { errorCodeOf, fileEndpoint } from '../../support/local-endpoint'

const { local, _, collection } = fileEndpoint('indexes')
const users = collection('users')

beforeAll(async () => {
  await users.add([
    { _id: 'u1', openid: 'open-1', roles: ['resident'], name: 'One' },
    { _id: 'u2', openid: 'open-2', roles: ['resident'], name: 'Two' },
  ])
})

async function usersWithOpenid(openid: string): Promise<string[]> {
  const res = await users.where({ openid }).get()
  return res.data.map((d: { _id: string }) => d._id).sort()
}

async function userById(id: string): Promise<any> {
  return (await users.doc(id).get()).data[0]
}

describe('insert', () => {
  test('a duplicate openid is refused and the new document is not stored', async () => {
    expect(await errorCodeOf(users.add({ _id: 'dup', openid: 'open-1', name: 'Copy' }))).toBe(
      'DATABASE_DUPLICATE_WRITE',
    )
    expect(await userById('dup')).toBeUndefined()
    expect(await usersWithOpenid('open-1')).toEqual(['u1'])
    expect((await userById('u1')).name).toBe('One')
  })

  test('a duplicate _id is refused and the stored document is untouched', async () => {
    expect(await errorCodeOf(users.add({ _id: 'u1', openid: 'open-new' }))).toBe(
      'DATABASE_DUPLICATE_WRITE',
    )
    expect(await userById('u1')).toMatchObject({ openid: 'open-1', name: 'One' })
    expect(await usersWithOpenid('open-new')).toEqual([])
  })

  test('a batch with one duplicate against stored data inserts none of the batch', async () => {
    const batch = [
      { _id: 'b1', openid: 'batch-1' },
      { _id: 'b2', openid: 'open-2' },
      { _id: 'b3', openid: 'batch-3' },
    ]
    expect(await errorCodeOf(users.add(batch))).toBe('DATABASE_DUPLICATE_WRITE')
    for (const id of ['b1', 'b2', 'b3']) expect(await userById(id)).toBeUndefined()
    expect(await usersWithOpenid('batch-1')).toEqual([])
    expect(await usersWithOpenid('batch-3')).toEqual([])
  })

  test('a batch that duplicates a key within itself inserts none of it', async () => {
    const batch = [
      { _id: 'c1', openid: 'twin' },
      { _id: 'c2', openid: 'twin' },
    ]
    expect(await errorCodeOf(users.add(batch))).toBe('DATABASE_DUPLICATE_WRITE')
    expect(await usersWithOpenid('twin')).toEqual([])
  })

  test('shops.licenceNo is unique too', async () => {
    const shops = local.db.collection('shops')
    await shops.add({ _id: 'shop-a', licenceNo: 'L-1', districtId: 'd1', category: 'food' })
    expect(await errorCodeOf(shops.add({ _id: 'shop-b', licenceNo: 'L-1' }))).toBe(
      'DATABASE_DUPLICATE_WRITE',
    )
    expect((await shops.where({ licenceNo: 'L-1' }).get()).data.map((d: any) => d._id)).toEqual([
      'shop-a',
    ])
  })

  test('a non-unique index accepts equal keys', async () => {
    expect(
      (await users.where({ roles: 'resident' }).get()).data.map((d: any) => d._id).sort(),
    ).toEqual(['u1', 'u2'])
  })
})

describe('update', () => {
  test('doc().update() to a taken openid is refused; the document keeps its own', async () => {
    await users.add({ _id: 'u3', openid: 'open-3', name: 'Three' })
    expect(await errorCodeOf(users.doc('u3').update({ openid: 'open-1', name: 'Changed' }))).toBe(
      'DATABASE_DUPLICATE_WRITE',
    )
    expect(await userById('u3')).toEqual({ _id: 'u3', openid: 'open-3', name: 'Three' })
    // The index entries are intact: both keys still find exactly their own document.
    expect(await usersWithOpenid('open-3')).toEqual(['u3'])
    expect(await usersWithOpenid('open-1')).toEqual(['u1'])
  })

  test('doc().set() to a taken openid is refused', async () => {
    await users.add({ _id: 'u4', openid: 'open-4' })
    expect(await errorCodeOf(users.doc('u4').set({ openid: 'open-2' }))).toBe(
      'DATABASE_DUPLICATE_WRITE',
    )
    expect(await userById('u4')).toEqual({ _id: 'u4', openid: 'open-4' })
  })

  test('a multi-document update that would duplicate a key writes no document', async () => {
    await users.add([
      { _id: 'm1', openid: 'multi-1', group: 'm' },
      { _id: 'm2', openid: 'multi-2', group: 'm' },
    ])
    const code = await errorCodeOf(users.where({ group: 'm' }).update({ openid: 'same-for-all' }))
    expect(code).toBe('DATABASE_DUPLICATE_WRITE')
    expect(await usersWithOpenid('same-for-all')).toEqual([])
    expect(await usersWithOpenid('multi-1')).toEqual(['m1'])
    expect(await usersWithOpenid('multi-2')).toEqual(['m2'])
  })

  test('a transaction that would duplicate a key fails at commit and writes nothing', async () => {
    await users.add({ _id: 'u5', openid: 'open-5', credits: 0 })
    const outcome = local.db.runTransaction(async (tx: any) => {
      await tx.collection('users').doc('u5').update({ credits: 10 })
      await tx.collection('users').add({ _id: 'u6', openid: 'open-1' })
    })
    expect(await errorCodeOf(outcome)).toBe('DATABASE_DUPLICATE_WRITE')
    expect(await userById('u5')).toMatchObject({ credits: 0 })
    expect(await userById('u6')).toBeUndefined()
  })

  test('a key is free again once its document is removed or changes key', async () => {
    await users.add([
      { _id: 'r1', openid: 'reuse-1' },
      { _id: 'r2', openid: 'reuse-2' },
    ])
    await users.doc('r1').remove()
    await users.add({ _id: 'r1b', openid: 'reuse-1' })
    await users.doc('r2').update({ openid: 'reuse-2-moved' })
    await users.add({ _id: 'r2b', openid: 'reuse-2' })
    expect(await usersWithOpenid('reuse-1')).toEqual(['r1b'])
    expect(await usersWithOpenid('reuse-2')).toEqual(['r2b'])
    expect(await usersWithOpenid('reuse-2-moved')).toEqual(['r2'])
  })

  test('inc on an indexed document does not disturb its unique key', async () => {
    await users.doc('u1').update({ visits: _.inc(1) })
    await users.doc('u1').update({ visits: _.inc(1) })
    expect(await userById('u1')).toMatchObject({ openid: 'open-1', visits: 2 })
    expect(await usersWithOpenid('open-1')).toEqual(['u1'])
  })
})
