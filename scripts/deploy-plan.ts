// What a deployment to CloudBase creates: every declared collection with its indexes (in the
// management API's CreateIndexes form) and every bundled function. Pure, so it is unit-tested.
import { COLLECTIONS, type CollectionSpec } from '../types/collections'

export type CreateIndex = {
  IndexName: string
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: { Name: string; Direction: '1' | '-1' }[] }
}

/** A timer trigger as CloudBase takes it (and as each function's config.json declares it). */
export type Trigger = { name: string; type: string; config: string }

export type DeployPlan = {
  collections: { name: string; indexes: CreateIndex[] }[]
  functions: {
    name: string
    runtime: string
    timeout: number
    installDependency: boolean
    triggers: Trigger[]
  }[]
}

export const FUNCTION_RUNTIME = 'Nodejs18.15'

/** A function to deploy, with its `timeout` (seconds) and timer triggers from its config.json. */
export type FunctionSpec = { name: string; timeout?: number; triggers?: Trigger[] }

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
    functions: functions.map(({ name, timeout, triggers }) => ({
      name,
      runtime: FUNCTION_RUNTIME,
      timeout: timeout ?? 10,
      installDependency: true,
      // Without them the sweeps, reminders and housekeeping would never run in production.
      triggers: triggers ?? [],
    })),
  }
}
