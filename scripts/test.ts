// `npm test`: everything a change must pass, in order — typecheck, lint, builds, then one jest run
// (unit, integration through the local cloud, weapp sandbox smoke test, browser tests in Chromium)
// and the DevTools automator scripts where DevTools exists. Ends with "N passed, N failed".
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const ROOT = path.resolve(__dirname, '..')
const REPORT = path.join(ROOT, '.temp', 'jest-report.json')

type Step = { name: string; cmd: string; args: string[]; env?: Record<string, string> }

const STEPS: Step[] = [
  { name: 'chromium', cmd: 'bash', args: ['scripts/ensure-chromium.sh'] },
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'build:functions', cmd: 'npx', args: ['tsx', 'scripts/build-functions.ts'] },
  {
    name: 'build:weapp',
    cmd: 'npx',
    args: ['taro', 'build', '--type', 'weapp'],
    env: { NODE_ENV: 'production' },
  },
  {
    name: 'build:h5',
    cmd: 'npx',
    args: ['taro', 'build', '--type', 'h5'],
    env: { NODE_ENV: 'production' },
  },
  {
    name: 'jest',
    cmd: 'npx',
    args: [
      'jest',
      '--ci',
      '--forceExit',
      '--json',
      `--outputFile=${REPORT}`,
      ...process.argv.slice(2),
    ],
  },
  { name: 'automator', cmd: 'npx', args: ['tsx', 'tests/automator/run.ts'] },
]

function run(step: Step): boolean {
  const started = Date.now()
  console.log(`\n▶ ${step.name}`)
  const res = spawnSync(step.cmd, step.args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  })
  console.log(
    `${res.status === 0 ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
  return res.status === 0
}

function summary(): string | null {
  if (!fs.existsSync(REPORT)) return null
  const r = JSON.parse(fs.readFileSync(REPORT, 'utf8'))
  return (
    `${r.numPassedTests} passed, ${r.numFailedTests} failed` +
    (r.numPendingTests ? `, ${r.numPendingTests} skipped` : '')
  )
}

fs.mkdirSync(path.dirname(REPORT), { recursive: true })
fs.rmSync(REPORT, { force: true })
let ok = true
for (const step of STEPS) {
  if (!run(step)) {
    ok = false
    if (step.name !== 'jest') break
  }
}
const line = summary()
if (line) console.log(`\n${line}`)
process.exit(ok ? 0 : 1)
