// Bundles each cloud function in cloudfunctions/<name>/index.ts into a self-contained deployable
// folder dist/functions/<name>/ (index.js, package.json, and the config.json of its time limit,
// memory and timer triggers, written from config/deployment.ts). Shared code (types/, server/) is bundled
// in; the CloudBase SDK and packages that read their own files at run time (pdfkit's font data,
// the poster font) stay npm dependencies, listed in the folder's package.json with the root's
// versions and installed by CloudBase on deploy.
import fs from 'node:fs'
import path from 'node:path'
import { build, type Metafile } from 'esbuild'
import { FUNCTIONS } from '../config/deployment'
import { functionConfig } from './deploy-plan'

const ROOT = path.resolve(__dirname, '..')
const EXTERNAL = ['@cloudbase/node-sdk', 'pdfkit', 'fontkit', 'harmonyos-sans-sc-webfont-splitted']
export const FUNCTIONS_SRC = path.join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = path.join(ROOT, 'dist', 'functions')

export function functionNames(): string[] {
  return fs
    .readdirSync(FUNCTIONS_SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FUNCTIONS_SRC, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
}

export async function buildFunctions(
  outDir = FUNCTIONS_OUT,
): Promise<{ name: string; bytes: number }[]> {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  const results = []
  for (const name of functionNames()) {
    const declared = (FUNCTIONS as Record<string, (typeof FUNCTIONS)[keyof typeof FUNCTIONS]>)[name]
    if (!declared) throw new Error(`cloudfunctions/${name} is not declared in config/deployment.ts`)
    const dir = path.join(outDir, name)
    fs.mkdirSync(dir, { recursive: true })
    const built = await build({
      entryPoints: [path.join(FUNCTIONS_SRC, name, 'index.ts')],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: EXTERNAL,
      metafile: true,
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    })
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify(
        {
          name,
          version: rootPkg.version,
          main: 'index.js',
          private: true,
          dependencies: externalsUsed(built.metafile!, rootPkg.dependencies),
        },
        null,
        2,
      ) + '\n',
    )
    // CloudBase's per-function config travels with the bundle; the local runner reads it too.
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify(functionConfig(declared), null, 2) + '\n',
    )
    results.push({ name, bytes: fs.statSync(path.join(dir, 'index.js')).size })
  }
  return results
}

/** The external packages a bundle imports, with the versions the root package.json pins. */
function externalsUsed(meta: Metafile, versions: Record<string, string>): Record<string, string> {
  const used = new Set<string>()
  for (const output of Object.values(meta.outputs)) {
    for (const imp of output.imports)
      if (imp.external && EXTERNAL.includes(imp.path)) used.add(imp.path)
  }
  return Object.fromEntries([...used].sort().map((pkg) => [pkg, versions[pkg]]))
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const f of built) console.log(`  ${f.name.padEnd(12)} ${(f.bytes / 1024).toFixed(1)} KB`)
      console.log(
        `built ${built.length} functions into ${path.relative(process.cwd(), FUNCTIONS_OUT)}/`,
      )
    })
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
