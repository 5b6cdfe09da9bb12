// The deployment comes from one declaration: every function with its limits, triggers and settings,
// every collection with its indexes and rules; a plan missing a setting names it.
import fs from 'node:fs'
import path from 'node:path'
import { COLLECTIONS } from '../../types/collections'
import { FUNCTIONS, SETTINGS } from '../../config/deployment'
import {
  cloudbaserc,
  deployPlan,
  indexChanges,
  printablePlan,
  type CreateIndex,
} from '../../scripts/deploy-plan'
import { functionNames } from '../../scripts/build-functions'

const ROOT = path.join(__dirname, '..', '..')
const FULL_ENV = Object.fromEntries(SETTINGS.map((s) => [s.name, `value-of-${s.name}`]))

it('declares every function there is, and only those', () => {
  expect(Object.keys(FUNCTIONS).sort()).toEqual(functionNames())
})

it('plans every declared collection with exactly its indexes, closed to clients', () => {
  const plan = deployPlan(FULL_ENV)
  expect(plan.collections.map((c) => c.name).sort()).toEqual(Object.keys(COLLECTIONS).sort())
  const users = plan.collections.find((c) => c.name === 'users')!
  expect(users.indexes).toContainEqual({
    IndexName: 'openid_unique',
    MgoKeySchema: { MgoIsUnique: true, MgoIndexKeys: [{ Name: 'openid', Direction: '1' }] },
  })
  const total = Object.values(COLLECTIONS).reduce((n, c) => n + c.indexes.length, 0)
  expect(plan.collections.reduce((n, c) => n + c.indexes.length, 0)).toBe(total)
  expect(new Set(plan.collections.map((c) => c.permission))).toEqual(new Set(['ADMINONLY']))
})

it('plans every function with its limits, timer triggers and every setting', () => {
  const plan = deployPlan(FULL_ENV)
  expect(plan.missing).toEqual([])
  for (const fn of plan.functions) {
    const declared = FUNCTIONS[fn.name as keyof typeof FUNCTIONS]
    expect(fn).toMatchObject({
      timeout: declared.timeout,
      memorySize: declared.memory,
      triggers: declared.triggers ?? [],
      installDependency: true,
    })
    expect(fn.envVariables).toEqual(FULL_ENV)
  }
  const timers = plan.functions.flatMap((f) => f.triggers.map((t) => `${f.name}:${t.name}`))
  expect(timers.sort()).toEqual([
    'activity:sweep',
    'complaint:sweep',
    'housekeeping:sweep',
    'inbox:remind',
    'wish:sweep',
  ])
  // CloudBase allows 1–60 seconds.
  expect(plan.functions.every((f) => f.timeout >= 1 && f.timeout <= 60)).toBe(true)
})

it('names every required setting that is missing, and masks secrets when printed', () => {
  expect(deployPlan({}).missing).toEqual(SETTINGS.filter((s) => !s.optional).map((s) => s.name))
  const { WEB_SESSION_KEY: _gone, ...partial } = FULL_ENV
  expect(deployPlan(partial).missing).toEqual(['WEB_SESSION_KEY'])
  const printed = JSON.stringify(printablePlan(deployPlan(FULL_ENV)))
  expect(printed).not.toContain('value-of-MEMBER_DATA_KEY')
  expect(printed).toContain('value-of-APP_H5_BASE_URL')
})

it('creates missing indexes and re-creates changed ones, leaving the rest', () => {
  const index = (name: string, field: string, unique = false): CreateIndex => ({
    IndexName: name,
    MgoKeySchema: { MgoIsUnique: unique, MgoIndexKeys: [{ Name: field, Direction: '1' }] },
  })
  const existing = [
    { Name: 'same', Unique: false, Keys: [{ Name: 'a', Direction: '1' }] },
    { Name: 'moved', Unique: false, Keys: [{ Name: 'b', Direction: '1' }] },
    { Name: 'now-unique', Unique: false, Keys: [{ Name: 'c', Direction: '1' }] },
  ]
  const declared = [
    index('same', 'a'),
    index('moved', 'b2'),
    index('now-unique', 'c', true),
    index('new', 'd'),
  ]
  const { create, drop } = indexChanges(existing, declared)
  expect(drop).toEqual(['moved', 'now-unique'])
  expect(create.map((i) => i.IndexName)).toEqual(['moved', 'now-unique', 'new'])
})

it('keeps cloudbaserc.json and project.config.json in step with the declaration', () => {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))
  // Regenerate with `npm run deploy -- --write-cloudbaserc`.
  expect(read('cloudbaserc.json')).toEqual(cloudbaserc('dist/functions/'))
  // WeChat DevTools uploads the built functions, not their TypeScript sources.
  expect(read('project.config.json')).toMatchObject({
    miniprogramRoot: 'dist/weapp/',
    cloudfunctionRoot: 'dist/functions/',
  })
})
