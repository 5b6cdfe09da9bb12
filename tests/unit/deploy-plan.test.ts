import fs from 'node:fs'
import path from 'node:path'
import { COLLECTIONS } from '../../types/collections'
import { deployPlan } from '../../scripts/deploy-plan'

it('deploys every declared collection with exactly its declared indexes', () => {
  const plan = deployPlan([{ name: 'user' }])
  expect(plan.collections.map((c) => c.name).sort()).toEqual(Object.keys(COLLECTIONS).sort())
  const users = plan.collections.find((c) => c.name === 'users')!
  expect(users.indexes).toContainEqual({
    IndexName: 'openid_unique',
    MgoKeySchema: { MgoIsUnique: true, MgoIndexKeys: [{ Name: 'openid', Direction: '1' }] },
  })
  const total = Object.values(COLLECTIONS).reduce((n, c) => n + c.indexes.length, 0)
  expect(plan.collections.reduce((n, c) => n + c.indexes.length, 0)).toBe(total)
})

it('deploys each function with its dependencies installed in the cloud', () => {
  expect(deployPlan([{ name: 'user' }, { name: 'shop', timeout: 60 }]).functions).toEqual([
    { name: 'user', runtime: 'Nodejs18.15', timeout: 10, installDependency: true, triggers: [] },
    { name: 'shop', runtime: 'Nodejs18.15', timeout: 60, installDependency: true, triggers: [] },
  ])
})

it('deploys the timer triggers each function declares in its config.json', () => {
  const configs = ['complaint', 'inbox', 'housekeeping'].map((name) => ({
    name,
    ...JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../cloudfunctions', name, 'config.json'), 'utf8'),
    ),
  }))
  const plan = deployPlan(configs).functions
  expect(plan.map((f) => [f.name, f.triggers.map((t) => `${t.type}:${t.name}`)])).toEqual([
    ['complaint', ['timer:sweep']],
    ['inbox', ['timer:remind']],
    ['housekeeping', ['timer:sweep']],
  ])
})
