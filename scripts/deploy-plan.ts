// What a deployment to CloudBase creates: every declared collection with its indexes (in the
// management API's CreateIndexes form) and every bundled function. Pure, so it is unit-tested.
import { COLLECTIONS, type CollectionSpec } from '../types/collections'

export type CreateIndex = {
  IndexName: string
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: { Name: string; Direction: '1' | '-1' }[] }
}

export type DeployPlan = {
  collections: { name: string; indexes: CreateIndex[] }[]
  functions: { name: string; runtime: string; timeout: number; installDependency: boolean }[]
}

export const FUNCTION_RUNTIME = 'Nodejs18.15'

/** A function to deploy, with its `timeout` (seconds) from its config.json when it sets one. */
export type FunctionSpec = { name: string; timeout?: number }

export function deployPlan(
  functions: FunctionSpec[],
  collections: Record<string, CollectionSpec> = COLLECTIONS,
): DeployPlan {
  return {
    collections: Object.entries(collections).map(([name, spec]) => ({
      name,
      indexes: spec.indexes.map((ix) => ({
        IndexName: ix.name,
        MgoKeySchema: {
          MgoIsUnique: !!ix.unique,
          MgoIndexKeys: Object.entries(ix.keys).map(([field, dir]) => ({
            Name: field,
            Direction: dir === 1 ? '1' : '-1',
          })),
        },
      })),
    })),
    functions: functions.map(({ name, timeout }) => ({
      name,
      runtime: FUNCTION_RUNTIME,
      timeout: timeout ?? 10,
      installDependency: true,
    })),
  }
}
