// Malformed requests get HTTP 200 and a CloudBase-style `{ code, message }` body, as CloudBase
// answers, and never take the endpoint down.
import { fileEndpoint } from '../../support/local-endpoint'
import { rawRequest } from '../../support/raw-http'

const { local, collection } = fileEndpoint('bad-requests', { collections: ['things'] })

beforeAll(() => collection('things').add({ _id: 'one', n: 1 }))

/** POSTs a raw body; returns the status and the parsed reply. */
async function post(body: string): Promise<{ status: number; reply: any }> {
  const res = await fetch(local.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${local.apiKey}` },
    body,
  })
  return { status: res.status, reply: await res.json() }
}

function postParams(params: Record<string, unknown>) {
  return post(JSON.stringify({ envName: local.env, ...params }))
}

const get = (extra: Record<string, unknown>) =>
  postParams({ action: 'database.getDocument', collectionName: 'things', ...extra })

/** A reply that is a CloudBase error with this code. */
function expectError(result: { status: number; reply: any }, code: string): void {
  expect(result.status).toBe(200)
  expect(result.reply.code).toBe(code)
  expect(typeof result.reply.message).toBe('string')
  expect(result.reply.data).toBeUndefined()
}

afterEach(async () => {
  // The endpoint still answers a good request, raw and through the SDK.
  const ok = await get({ query: '{"_id":"one"}' })
  expect(ok.reply.code).toBeUndefined()
  expect(ok.reply.data.list).toHaveLength(1)
  expect((await local.db.collection('things').doc('one').get()).data[0].n).toBe(1)
})

test('an unknown action', async () => {
  expectError(
    await postParams({ action: 'database.frobnicate', collectionName: 'things' }),
    'INVALID_ACTION',
  )
  expectError(await postParams({ action: 'storage.getTempFileURL' }), 'INVALID_ACTION')
})

test('no action, or an action that is not a string', async () => {
  expectError(await postParams({ collectionName: 'things' }), 'INVALID_PARAM')
  expectError(await postParams({ action: 42 }), 'INVALID_PARAM')
})

test('a body that is not JSON, or not an object', async () => {
  expectError(await post('{"action": "database.getDocument",'), 'INVALID_PARAM')
  expectError(await post(''), 'INVALID_PARAM')
  expectError(await post('null'), 'INVALID_PARAM')
  expectError(await post('[1,2]'), 'INVALID_PARAM')
})

test('malformed EJSON in query, data, order and projection', async () => {
  expectError(await get({ query: '{"n": ' }), 'INVALID_PARAM')
  expectError(await get({ query: '{"n":{"$numberInt":"not a number"}}' }), 'INVALID_PARAM')
  expectError(await get({ query: '{"n":{"$numberLong":"1x"}}' }), 'INVALID_PARAM')
  expectError(await get({ query: '{"d":{"$date":"yesterday-ish"}}' }), 'INVALID_PARAM')
  expectError(await get({ query: '[1]' }), 'INVALID_PARAM')
  expectError(await get({ order: '{oops' }), 'INVALID_PARAM')
  expectError(await get({ projection: '"n"' }), 'INVALID_PARAM')
  expectError(
    await postParams({
      action: 'database.insertDocument',
      collectionName: 'things',
      data: ['{bad'],
    }),
    'INVALID_PARAM',
  )
  expectError(
    await postParams({
      action: 'database.modifyDocument',
      collectionName: 'things',
      query: '{"_id":"one"}',
      data: 'not json',
    }),
    'INVALID_PARAM',
  )
})

test('wrong types: limit "x", negative offset, a number as query', async () => {
  expectError(await get({ limit: 'x' }), 'INVALID_PARAM')
  expectError(await get({ limit: 1.5 }), 'INVALID_PARAM')
  expectError(await get({ offset: -1 }), 'INVALID_PARAM')
  expectError(await get({ query: 5 }), 'INVALID_PARAM')
  expectError(
    await postParams({
      action: 'database.aggregateDocuments',
      collectionName: 'things',
      stages: 'x',
    }),
    'INVALID_PARAM',
  )
  expectError(
    await postParams({
      action: 'database.aggregateDocuments',
      collectionName: 'things',
      stages: [{ stageKey: 'match', stageValue: '{}' }],
    }),
    'INVALID_PARAM',
  )
})

test('a missing or invalid collectionName', async () => {
  expectError(await postParams({ action: 'database.getDocument' }), 'INVALID_PARAM')
  expectError(
    await postParams({ action: 'database.getDocument', collectionName: 7 }),
    'INVALID_PARAM',
  )
  expectError(
    await postParams({ action: 'database.getDocument', collectionName: '../etc/passwd' }),
    'INVALID_PARAM',
  )
  expectError(await postParams({ action: 'database.addCollection' }), 'INVALID_PARAM')
})

test('insert data that is not a document, or an empty batch', async () => {
  const insert = (data: unknown) =>
    postParams({ action: 'database.insertDocument', collectionName: 'things', data })
  expectError(await insert(['"just a string"']), 'INVALID_PARAM')
  expectError(await insert([]), 'INVALID_PARAM')
  expect((await local.db.collection('things').count()).total).toBe(1)
})

test('an update mixing operators and plain fields', async () => {
  const result = await postParams({
    action: 'database.modifyDocument',
    collectionName: 'things',
    query: '{"_id":"one"}',
    data: '{"$set":{"n":2},"m":3}',
    merge: true,
  })
  expectError(result, 'INVALID_PARAM')
})

test('an unknown query operator is an error, not a crash', async () => {
  const result = await get({ query: '{"n":{"$frobnicate":1}}' })
  expect(result.status).toBe(200)
  expect(typeof result.reply.code).toBe('string')
})

test('an unknown or ended transaction', async () => {
  expectError(
    await postParams({ action: 'database.commitTransaction', transactionId: 'no-such-tx' }),
    'DATABASE_TRANSACTION_FAIL',
  )
  expectError(
    await get({ transactionId: 'no-such-tx', query: '{"_id":"one"}' }),
    'DATABASE_TRANSACTION_FAIL',
  )
})

test('an invalid env name', async () => {
  expectError(
    await post(
      JSON.stringify({ action: 'database.getDocument', envName: '../x', collectionName: 'things' }),
    ),
    'INVALID_PARAM',
  )
})

test('the SDK surfaces the code of an endpoint error', async () => {
  await expect(local.db.createCollection('things')).rejects.toMatchObject({
    code: 'DATABASE_COLLECTION_ALREADY_EXIST',
  })
})

test('a malformed request target is a 400, not a crash', async () => {
  for (const path of ['//[', '/admin%ff', '/%zz']) {
    const res = await rawRequest(local.url, {
      method: 'POST',
      path,
      headers: { authorization: `Bearer ${local.apiKey}` },
      body: '{}',
    })
    expect({ path, status: res.status, code: res.json?.code }).toEqual({
      path,
      status: 400,
      code: 'INVALID_PARAM',
    })
  }
})
