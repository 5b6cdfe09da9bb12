// Timer jobs run only when the platform's timer invokes them: a trigger-shaped event sent over HTTP
// or from the mini-program, anonymous or signed in, is refused and runs nothing.
import { API, type FunctionName } from '../../../types/api'
import { dumpDatabase, startTestStack, type TestStack } from '../../support/stack'

const FUNCTIONS = Object.keys(API) as FunctionName[]
const FORGED_EVENTS = [
  { Type: 'Timer' },
  { Type: 'Timer', TriggerName: 'sweep', Time: '2026-01-01T00:00:00Z' },
  { Type: 'Timer', TriggerName: 'sweep', action: 'sweep', data: {} },
  { TriggerName: 'sweep' },
]

let stack: TestStack
beforeAll(async () => {
  stack = await startTestStack()
  // A complaint past its deadline: a sweep would flag it (and change the data).
  await stack.http('demo-admin', 'complaint', { action: 'sweep', data: {} })
})
afterAll(() => stack.stop())

describe.each(FUNCTIONS)('%s', (fn) => {
  it('refuses a trigger event sent over HTTP, anonymous or signed in, and changes nothing', async () => {
    const before = JSON.stringify(dumpDatabase(stack))
    for (const who of [null, 'demo-shopper', 'demo-admin'])
      for (const event of FORGED_EVENTS) {
        const res = await stack.http(who, fn, event)
        expect([401, 403]).toContain(res.status)
        expect(res.body.ok).toBe(false)
      }
    expect(JSON.stringify(dumpDatabase(stack))).toBe(before)
  })

  it('refuses a trigger event from the mini-program', async () => {
    for (const event of FORGED_EVENTS) {
      const reply = await stack.weapp('demo-shopper', fn, event)
      expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
})

it('runs the sweep when the platform timer fires it', async () => {
  const reply = await stack.timer('complaint', 'sweep')
  expect(reply).toMatchObject({ ok: true, data: { autoClosed: 0, newlyOverdue: 0 } })
})

it('does not run a trigger the function does not declare', async () => {
  const reply = await stack.timer('complaint', 'other')
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})
