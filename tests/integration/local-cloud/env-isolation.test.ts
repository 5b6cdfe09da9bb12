// Two SDK instances with different env names share one endpoint but never each other's data.
import fs from 'node:fs'
import path from 'node:path'
import { fileEndpoint, uniqueEnv } from '../../support/local-endpoint'

const { local } = fileEndpoint('isolation')
const envA = uniqueEnv('env-a')
const envB = uniqueEnv('env-b')
// SDK apps take the endpoint's key when they are made, so once it has started.
let dbA: any
let dbB: any

beforeAll(() => {
  dbA = local.dbFor(envA)
  dbB = local.dbFor(envB)
})

test('a document written in one env is not seen in the other', async () => {
  await dbA.collection('users').add({ _id: 'same-id', openid: 'o-a', name: 'from A' })
  expect((await dbB.collection('users').doc('same-id').get()).data).toEqual([])
  expect((await dbB.collection('users').count()).total).toBe(0)
  expect((await dbA.collection('users').count()).total).toBe(1)
})

test('the same _id and the same unique key can exist in both envs with different data', async () => {
  await dbB.collection('users').add({ _id: 'same-id', openid: 'o-a', name: 'from B' })
  expect((await dbA.collection('users').doc('same-id').get()).data[0].name).toBe('from A')
  expect((await dbB.collection('users').doc('same-id').get()).data[0].name).toBe('from B')
})

test('updates and removes in one env leave the other alone', async () => {
  await dbA.collection('users').doc('same-id').update({ name: 'A changed' })
  await dbB.collection('users').doc('same-id').remove()
  expect((await dbA.collection('users').doc('same-id').get()).data[0].name).toBe('A changed')
  expect((await dbB.collection('users').doc('same-id').get()).data).toEqual([])
})

test('a collection created in one env does not exist in the other', async () => {
  await dbA.createCollection('only_in_a')
  await dbA.collection('only_in_a').add({ x: 1 })
  await expect(dbB.collection('only_in_a').get()).rejects.toMatchObject({
    code: 'DATABASE_COLLECTION_NOT_EXIST',
  })
})

test('a transaction of one env cannot be used from the other', async () => {
  const txA = await dbA.startTransaction()
  await txA.collection('users').doc('same-id').update({ name: 'via tx' })
  const commitFromB = await fetch(local.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${local.apiKey}` },
    body: JSON.stringify({
      action: 'database.commitTransaction',
      envName: envB,
      transactionId: txA.getTransactionId(),
    }),
  }).then((r) => r.json())
  expect(commitFromB.code).toBe('DATABASE_TRANSACTION_FAIL')
  await txA.commit()
  expect((await dbA.collection('users').doc('same-id').get()).data[0].name).toBe('via tx')
})

test('each env has its own data file', () => {
  const files = fs.readdirSync(local.dataDir)
  expect(files).toContain(`${envA}.sqlite3`)
  expect(files).toContain(`${envB}.sqlite3`)
  expect(fs.statSync(path.join(local.dataDir, `${envA}.sqlite3`)).isFile()).toBe(true)
})
