// `npm start`: builds what is missing or stale, starts the local cloud and serves the h5 app.
import fs from 'node:fs'
import path from 'node:path'
import { execSync } from 'node:child_process'
import { startStack } from '../local-cloud/stack'
import { PERSONAS } from '../local-cloud/seed/personas'
import { buildFunctions, FUNCTIONS_OUT } from './build-functions'
import { runMain, stopOnSignal } from '../local-cloud/run-cli'

const ROOT = path.resolve(__dirname, '..')
const H5_DIR = path.join(ROOT, 'dist', 'h5')

/** Newest modification time under the given folders. */
function newest(dirs: string[]): number {
  let max = 0
  const walk = (p: string) => {
    const stat = fs.statSync(p)
    if (stat.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f))
    else max = Math.max(max, stat.mtimeMs)
  }
  for (const d of dirs) if (fs.existsSync(d)) walk(path.join(ROOT, d))
  return max
}

function h5IsStale(): boolean {
  const index = path.join(H5_DIR, 'index.html')
  if (!fs.existsSync(index)) return true
  return newest(['src', 'types', 'config']) > fs.statSync(index).mtimeMs
}

/**
 * Builds the h5 app. On a terminal the build shows its progress; into a log (CI, a service) its
 * hundreds of progress-bar lines are kept back and shown only if the build fails.
 */
function buildH5(): void {
  console.log('building the h5 app (first start takes about a minute)…')
  const started = Date.now()
  const quiet = !process.stdout.isTTY
  try {
    execSync('npm run build:h5', {
      cwd: ROOT,
      stdio: quiet ? 'pipe' : 'inherit',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    })
  } catch (err) {
    if (quiet) {
      const { stdout, stderr } = err as { stdout?: Buffer; stderr?: Buffer }
      console.error(`${stdout ?? ''}`.split('\n').slice(-60).join('\n'))
      console.error(`${stderr ?? ''}`)
    }
    throw err
  }
  console.log(`built the h5 app in ${Math.round((Date.now() - started) / 1000)} s`)
}

async function main() {
  const port = Number(process.env.PORT ?? 8080)
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'))

  await buildFunctions()
  if (h5IsStale()) buildH5()

  const stack = await startStack({
    dataDir,
    port,
    functionsDir: FUNCTIONS_OUT,
    h5Dir: H5_DIR,
    seed: true,
    timers: true,
    // The demo sign-in (/dev/login): anybody may act as any persona, which is what npm start is for.
    demo: true,
  })
  console.log('')
  console.log(`红色商圈 is running at ${stack.url}`)
  console.log(`  data:  ${dataDir}${stack.seeded ? ' (demo district seeded)' : ''}`)
  console.log(`  API:   ${stack.url}api`)
  console.log('  sign in as one of the demo personas:')
  for (const p of PERSONAS)
    console.log(`    ${p.persona.padEnd(10)} ${p.nickname}  ${p.description}`)
  console.log('  Ctrl-C stops everything.')

  stopOnSignal(() => stack.stop())
}

runMain(main)
