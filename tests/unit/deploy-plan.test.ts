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
    { name: 'user', runtime: 'Nodejs18.15', timeout: 10, installDependency: true },
    { name: 'shop', runtime: 'Nodejs18.15', timeout: 60, installDependency: true },
  ])
})
