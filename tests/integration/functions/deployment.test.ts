// What is built and started matches the declaration: each function's config.json, each timer
// trigger reaching its action, and a function started without a setting naming it.
import fs from 'node:fs'
import path from 'node:path'
import { FUNCTIONS } from '../../../config/deployment'
import { functionConfig } from '../../../scripts/deploy-plan'
import { FUNCTIONS_DIR, fileStack } from '../../support/stack'

const stack = fileStack()

it('builds each declared function with its limits and triggers beside it', () => {
  const built = fs.readdirSync(FUNCTIONS_DIR).sort()
  expect(built).toEqual(Object.keys(FUNCTIONS).sort())
  for (const [name, declared] of Object.entries(FUNCTIONS)) {
    const config = JSON.parse(
      fs.readFileSync(path.join(FUNCTIONS_DIR, name, 'config.json'), 'utf8'),
    )
    expect({ name, config }).toEqual({ name, config: functionConfig(declared) })
  }
})

it('runs the action of every declared timer trigger', async () => {
  for (const [name, declared] of Object.entries(FUNCTIONS)) {
    for (const trigger of declared.triggers ?? []) {
      const reply = await stack.timer(name, trigger.name)
      expect({ timer: `${name}:${trigger.name}`, ok: reply.ok }).toEqual({
        timer: `${name}:${trigger.name}`,
        ok: true,
      })
    }
  }
})

it('answers every call of a function started without a setting, naming it', async () => {
  const saved = process.env.WEB_SESSION_KEY
  delete process.env.WEB_SESSION_KEY
  const logged = jest.spyOn(console, 'error').mockImplementation(() => {})
  try {
    let main: (event: unknown, context: unknown) => Promise<any> = async () => undefined
    jest.isolateModules(() => {
      main = require(path.join(FUNCTIONS_DIR, 'user', 'index.js')).main
    })
    const reply = await main({ action: 'me', data: {} }, {})
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '服务配置不完整：WEB_SESSION_KEY is missing' },
    })
    const viaHttp = await main({ httpMethod: 'POST', body: '{"action":"me"}' }, {})
    expect(viaHttp.statusCode).toBe(500)
    expect(JSON.parse(viaHttp.body).error.message).toContain('WEB_SESSION_KEY')
    // The function's log says it once, at its start.
    expect(logged.mock.calls).toEqual([['[user] cannot start: WEB_SESSION_KEY is missing']])
  } finally {
    logged.mockRestore()
    process.env.WEB_SESSION_KEY = saved
  }
})
