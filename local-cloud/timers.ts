// Timer triggers, as CloudBase runs them from each function's config.json
// (`{ "triggers": [{ "name": "...", "type": "timer", "config": "<cron>" }] }`). Locally every timer
// fires once a minute: the work they do (sweeps) is idempotent, so running often is harmless.
import fs from 'node:fs'
import path from 'node:path'
import type { FunctionRunner } from './function-runner'

type Trigger = { name: string; type: string; config: string }

export function timerTriggers(
  functionsDir: string,
  names: string[],
): { fn: string; trigger: string }[] {
  return names.flatMap((fn) => {
    const file = path.join(functionsDir, fn, 'config.json')
    if (!fs.existsSync(file)) return []
    const triggers = (JSON.parse(fs.readFileSync(file, 'utf8')).triggers ?? []) as Trigger[]
    return triggers.filter((t) => t.type === 'timer').map((t) => ({ fn, trigger: t.name }))
  })
}

/** Starts the timers; returns a function that stops them. */
export function startTimers(runner: FunctionRunner, everyMs = 60_000): () => void {
  const timers = timerTriggers(runner.functionsDir, runner.names()).map(({ fn, trigger }) => {
    const fire = () =>
      runner
        .invoke(
          fn,
          { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString() },
          null,
          'timer',
        )
        .catch((err) => console.error(`[timer] ${fn}.${trigger}`, err))
    const handle = setInterval(fire, everyMs)
    handle.unref()
    return handle
  })
  return () => timers.forEach(clearInterval)
}
