// Serves the h5 build. Unknown paths without a file extension get index.html (client routing);
// nothing outside the build folder is reachable, whatever the path.
import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
}

/** Serves `decodedPath` (already percent-decoded and checked by the gateway) from the h5 build. */
export function serveStatic(root: string, decodedPath: string, res: ServerResponse): void {
  const file = fileFor(root, decodedPath)
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(fs.existsSync(root) ? 'not found' : 'h5 build missing: run npm run build:h5')
    return
  }
  const isHtml = file.endsWith('.html')
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
  })
  // A file that vanishes between the check and the read ends the reply rather than the process.
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

/** The file a path names inside root; index.html for extension-less routes; null for none. */
function fileFor(root: string, decodedPath: string): string | null {
  const base = path.resolve(root)
  const wanted = path.resolve(base, `.${path.posix.normalize(`/${decodedPath}`)}`)
  const inside = wanted === base || wanted.startsWith(`${base}${path.sep}`)
  if (inside && isFile(wanted)) return wanted
  if (path.extname(decodedPath)) return null
  const index = path.join(base, 'index.html')
  return isFile(index) ? index : null
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}
