import { decode, encode, fromStored, toStored } from '../../local-cloud/ejson'
import { DbError } from '../../local-cloud/errors'

it('resolves db.serverDate() with its offset against the endpoint clock', () => {
  const doc = decode(
    '{"at":{"$tcb_server_date":{"offset":{"$numberInt":"1000"}}}}',
    'data',
    5000,
  ) as { at: Date }
  expect(doc.at).toEqual(new Date(6000))
})

it('turns BSON regular expressions into native ones', () => {
  const q = decode('{"name":{"$regularExpression":{"pattern":"^红","options":"i"}}}', 'query') as {
    name: RegExp
  }
  expect(q.name).toBeInstanceOf(RegExp)
  expect(q.name.test('红星')).toBe(true)
})

it('names the field of malformed EJSON', () => {
  expect(() => decode('{"a":', 'query')).toThrow(
    new DbError('INVALID_PARAM', 'query is not valid EJSON'),
  )
  expect(() => decode(42, 'data')).toThrow('data must be an EJSON string')
})

it('keeps dates and numbers across storage, and answers in canonical EJSON', () => {
  const doc = { _id: 'x', at: new Date(0), n: 2, f: 1.5 }
  expect(fromStored(toStored(doc))).toEqual(doc)
  expect(encode(doc)).toBe(
    '{"_id":"x","at":{"$date":{"$numberLong":"0"}},"n":{"$numberInt":"2"},"f":{"$numberDouble":"1.5"}}',
  )
})
