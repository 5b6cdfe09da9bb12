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
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) {
      req.resume()
      return reject(new BodyTooLarge(`body exceeds ${limit} bytes`))
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new BodyTooLarge(`body exceeds ${limit} bytes`))
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
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
