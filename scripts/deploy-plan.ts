// What a deployment to CloudBase creates, from the one declaration (config/deployment.ts and
// types/collections.ts): every collection with its indexes (in the management API's form) and
// "no client access" rules, every function with its limits, triggers and settings. Pure, so it is
// unit-tested; `npm run deploy -- --dry-run` prints it.
import { COLLECTIONS, type CollectionSpec } from '../types/collections'
import {
  FUNCTIONS,
  SETTINGS,
  type FunctionDeployment,
  type TimerTrigger,
} from '../config/deployment'

export type CreateIndex = {
  IndexName: string
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: { Name: string; Direction: '1' | '-1' }[] }
}

export type DeployPlan = {
  collections: { name: string; indexes: CreateIndex[]; permission: 'ADMINONLY' }[]
  functions: {
    name: string
    runtime: string
    timeout: number
    memorySize: number
    installDependency: boolean
    triggers: TimerTrigger[]
    /** The settings the function gets; in a printed plan secrets are masked. */
    envVariables: Record<string, string>
  }[]
  /** Required settings with no value: a plan with any cannot be deployed. */
  missing: string[]
}

export const FUNCTION_RUNTIME = 'Nodejs18.15'

export function deployPlan(
  env: Record<string, string | undefined>,
  functions: Record<string, FunctionDeployment> = FUNCTIONS,
  collections: Record<string, CollectionSpec> = COLLECTIONS,
): DeployPlan {
  const settings = SETTINGS.filter((s) => env[s.name])
  const envVariables = Object.fromEntries(settings.map((s) => [s.name, env[s.name]!]))
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
      // Clients never touch the database: every read and write goes through a function.
      permission: 'ADMINONLY',
    })),
    functions: Object.entries(functions).map(([name, fn]) => ({
      name,
      runtime: FUNCTION_RUNTIME,
      timeout: fn.timeout,
      memorySize: fn.memory,
      installDependency: true,
      // Without them the sweeps, reminders and housekeeping would never run in production.
      triggers: fn.triggers ?? [],
      envVariables,
    })),
    missing: SETTINGS.filter((s) => !s.optional && !env[s.name]).map((s) => s.name),
  }
}

/** The plan as printed: each secret shows only its length. */
export function printablePlan(plan: DeployPlan): DeployPlan {
  const secret = new Set(SETTINGS.filter((s) => s.secret).map((s) => s.name))
  const mask = (vars: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [k, secret.has(k) ? `(${v.length} 个字符，已隐藏)` : v]),
    )
  return {
    ...plan,
    functions: plan.functions.map((f) => ({ ...f, envVariables: mask(f.envVariables) })),
  }
}

/** The config.json CloudBase (and the local runner) read beside each built function. */
export function functionConfig(fn: FunctionDeployment) {
  return { timeout: fn.timeout, memorySize: fn.memory, triggers: fn.triggers ?? [] }
}

/**
 * cloudbaserc.json for the CloudBase CLI (`tcb fn deploy`): the same functions, their settings
 * read from the CLI's `.env` file by name, so no secret is written into the repository.
 */
export function cloudbaserc(functionRoot: string) {
  return {
    version: '2.0',
    envId: '{{env.TCB_ENV_ID}}',
    functionRoot,
    functions: Object.entries(FUNCTIONS).map(([name, fn]) => ({
      name,
      runtime: FUNCTION_RUNTIME,
      handler: 'index.main',
      installDependency: true,
      ...functionConfig(fn),
      envVariables: Object.fromEntries(SETTINGS.map((s) => [s.name, `{{env.${s.name}}}`])),
    })),
  }
}

type ExistingIndex = {
  Name: string
  Unique?: boolean
  Keys?: { Name?: string; Direction?: string }[]
}

/** Which declared indexes to create, and which existing ones differ from their declaration. */
export function indexChanges(existing: ExistingIndex[], declared: CreateIndex[]) {
  const shape = (unique: boolean, keys: { Name?: string; Direction?: string }[]) =>
    JSON.stringify([unique, keys.map((k) => [k.Name, String(k.Direction)])])
  const found = new Map(existing.map((ix) => [ix.Name, shape(!!ix.Unique, ix.Keys ?? [])]))
  const changed = declared.filter(
    (ix) =>
      found.has(ix.IndexName) &&
      found.get(ix.IndexName) !== shape(ix.MgoKeySchema.MgoIsUnique, ix.MgoKeySchema.MgoIndexKeys),
  )
  return {
    create: declared.filter((ix) => !found.has(ix.IndexName) || changed.includes(ix)),
    drop: changed.map((ix) => ix.IndexName),
  }
}
