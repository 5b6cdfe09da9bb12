// Small helpers shared by the endpoint and the gateway: request-target parsing that never throws,
// bounded body reading and JSON replies.
import type { IncomingMessage, ServerResponse } from 'node:http'

export type Target = {
  /** The path as sent (still percent-encoded); routes match on this. */
  pathname: string
  /** The path percent-decoded once, valid UTF-8 without control characters (file lookups). */
  decoded: string
  searchParams: URLSearchParams
}

/** An RFC 3986 absolute path: "/" and pchars (unreserved, sub-delims, ":", "@", %XX) only. */
const ABSOLUTE_PATH = /^\/[\w\-.~!$&'()*+,;=:@%/]*$/

/** The request target's path and query, or null when it is malformed (bad URL, encoding, UTF-8). */
export function parseTarget(target: string | undefined): Target | null {
  const text = target ?? '/'
  let url: URL
  try {
    // Origin-form ("/a?b") is a path even when it starts with "//"; absolute-form must be http(s).
    url = text.startsWith('/') ? new URL(`http://local${text}`) : new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const rawPath = text.startsWith('/') ? text.split(/[?#]/, 1)[0] : url.pathname
  if (!ABSOLUTE_PATH.test(rawPath)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (/\p{Cc}/u.test(decoded)) return null
  return { pathname: url.pathname, decoded, searchParams: url.searchParams }
}

export class BodyTooLarge extends Error {}

/** Reads the request body, refusing more than `limit` bytes (a larger declared length at once). */
export function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new BodyTooLarge(`body exceeds ${limit} bytes`)
    if (Number(req.headers['content-length']) > limit) {
      req.resume()
      return reject(tooLarge())
    }
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > limit) {
        refused = true
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

/** The request body as UTF-8 text, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return (await readBytes(req, limit)).toString('utf8')
}

/** Writes a JSON reply with its length. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}
