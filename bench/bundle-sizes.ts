// Bundle sizes: the weapp main package (what a shopper downloads on a scan) and each subpackage,
// each cloud function bundle, all beside a bare Taro page built with the same Taro version.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execSync } from 'node:child_process'
import { buildFunctions } from '../scripts/build-functions'
import type { BenchSection } from './report'

const ROOT = path.resolve(__dirname, '..')
const WECHAT_MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024
/** WeChat's limit on one subpackage, the same 2 MB. */
const WECHAT_SUBPACKAGE_LIMIT = 2 * 1024 * 1024

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(p) : [p]
  })
}

const bytes = (files: string[]) => files.reduce((n, f) => n + fs.statSync(f).size, 0)
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** Main package and subpackage sizes of a weapp build, from its app.json. */
function weappSizes(dist: string): { main: number; subpackages: Record<string, number> } {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((s: { root: string }) =>
    s.root.replace(/\/$/, ''),
  )
  const all = filesUnder(dist)
  const subpackages: Record<string, number> = {}
  for (const root of roots)
    subpackages[root] = bytes(all.filter((f) => f.startsWith(path.join(dist, root) + path.sep)))
  const inSub = (f: string) => roots.some((r) => f.startsWith(path.join(dist, r) + path.sep))
  return { main: bytes(all.filter((f) => !inSub(f))), subpackages }
}

/** bench/bare-taro built for `type` in a temporary folder (`root`; the build is in `dist`). */
export function buildBareTaro(type: 'weapp' | 'h5'): { root: string; dist: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bare-taro-${type}-`))
  fs.cpSync(path.join(__dirname, 'bare-taro'), root, { recursive: true })
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'))
  execSync(`npx taro build --type ${type}`, {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  return { root, dist: path.join(root, 'dist', type) }
}

function bareWeappMainPackage(): number {
  const bare = buildBareTaro('weapp')
  const size = weappSizes(bare.dist).main
  fs.rmSync(bare.root, { recursive: true, force: true })
  return size
}

export async function benchBundleSizes(): Promise<BenchSection> {
  const weappDist = path.join(ROOT, 'dist', 'weapp')
  if (!fs.existsSync(path.join(weappDist, 'app.json'))) {
    execSync('npm run build:weapp', {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  const app = weappSizes(weappDist)
  const bare = bareWeappMainPackage()
  const functions = await buildFunctions(fs.mkdtempSync(path.join(os.tmpdir(), 'functions-')))
  return {
    title: 'Bundle sizes (production builds)',
    rows: [
      { name: 'weapp main package', value: kb(app.main) },
      { name: 'bare Taro page (same version)', value: kb(bare) },
      { name: 'main package / bare page', value: `${(app.main / bare).toFixed(2)}×` },
      {
        name: 'main package / WeChat 2 MB limit',
        value: `${((app.main / WECHAT_MAIN_PACKAGE_LIMIT) * 100).toFixed(1)} %`,
      },
      ...Object.entries(app.subpackages).map(([root, n]) => ({
        name: `weapp subpackage ${root} (share of the 2 MB subpackage limit)`,
        value: `${kb(n)} (${((n / WECHAT_SUBPACKAGE_LIMIT) * 100).toFixed(1)} %)`,
      })),
      ...functions.map((f) => ({ name: `function ${f.name} (index.js)`, value: kb(f.bytes) })),
    ],
  }
}
