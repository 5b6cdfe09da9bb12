// Serves the h5 build. Unknown paths without a file extension get index.html (client routing);
// nothing outside the build folder is reachable, whatever the path. Text is gzipped for browsers
// that accept it, as static hosting does, so what a phone downloads here is what it would there.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
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

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map'])

/** Serves `decodedPath` (already percent-decoded and checked by the gateway) from the h5 build. */
export function serveStatic(
  root: string,
  decodedPath: string,
  res: ServerResponse,
  acceptEncoding = '',
): void {
  const file = fileFor(root, decodedPath)
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(fs.existsSync(root) ? 'not found' : 'h5 build missing: run npm run build:h5')
    return
  }
  const isHtml = file.endsWith('.html')
  const gzip = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(acceptEncoding)
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  })
  // A file that vanishes between the check and the read ends the reply rather than the process.
  const body = fs.createReadStream(file).on('error', () => res.destroy())
  if (gzip) body.pipe(zlib.createGzip()).pipe(res)
  else body.pipe(res)
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
