// Requests that fetch would refuse or normalise: malformed paths, odd methods, junk headers,
// duplicated headers, and raw bytes on a socket (request lines node:http cannot even send).
import http from 'node:http'
import net from 'node:net'

export type RawReply = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  /** The parsed body when the reply says it is JSON; undefined otherwise. */
  json: any
}

export type RawRequest = {
  method?: string
  path: string
  /** Header name → value; an array value sends the header once per element. */
  headers?: Record<string, string | string[] | number>
  body?: string | Buffer
}

const TIMEOUT_MS = 10_000

/** One request through node:http, path and headers exactly as given. */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawReply> {
  const { hostname, port } = new URL(baseUrl)
  const headers: Record<string, string | string[] | number> = { ...request.headers }
  // node:http frames a GET body with neither header; say how long it is so it stays one request.
  if (request.body !== undefined && !headers['content-length'] && !headers['transfer-encoding'])
    headers['content-length'] = Buffer.byteLength(request.body)
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: hostname,
      port,
      method: request.method ?? 'GET',
      path: request.path,
      headers,
      agent: false,
      timeout: TIMEOUT_MS,
    })
    let answered = false
    req.on('response', (res) => {
      answered = true
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve(reply(res.statusCode ?? 0, res.headers, Buffer.concat(chunks))))
      res.on('error', reject)
    })
    req.on('timeout', () =>
      req.destroy(new Error(`no answer to ${request.method} ${request.path}`)),
    )
    // The server may answer (413) before the whole body is sent and then stop reading.
    req.on('error', (err) => {
      if (!answered) reject(err)
    })
    req.end(request.body)
  })
}

/** Writes raw bytes on a new connection and parses the one reply that comes back. */
export function rawSocket(baseUrl: string, bytes: string | Buffer): Promise<RawReply> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const chunks: Buffer[] = []
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error('no answer on the socket')))
    socket.on('data', (c: Buffer) => {
      chunks.push(c)
      const parsed = parseResponse(Buffer.concat(chunks))
      if (parsed) {
        socket.destroy()
        resolve(parsed)
      }
    })
    socket.on('error', reject)
    socket.on('close', () => {
      const parsed = parseResponse(Buffer.concat(chunks), true)
      if (parsed) resolve(parsed)
      else
        reject(
          new Error(
            `connection closed without a reply: ${JSON.stringify(String(Buffer.concat(chunks)))}`,
          ),
        )
    })
    socket.write(bytes)
  })
}

/** A complete HTTP/1.1 response from raw bytes, or null while it is still incomplete. */
function parseResponse(raw: Buffer, closed = false): RawReply | null {
  const split = raw.indexOf('\r\n\r\n')
  if (split < 0) return null
  const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0)
  const headers: http.IncomingHttpHeaders = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const rest = raw.subarray(split + 4)
  if (headers['transfer-encoding'] === 'chunked') {
    const body = dechunk(rest)
    return body && reply(status, headers, body)
  }
  // Without a length the body runs to the end of the connection.
  if (headers['content-length'] === undefined) return closed ? reply(status, headers, rest) : null
  const length = Number(headers['content-length'])
  if (rest.length < length) return null
  return reply(status, headers, rest.subarray(0, length))
}

function dechunk(raw: Buffer): Buffer | null {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = raw.indexOf('\r\n', at)
    if (eol < 0) return null
    const size = parseInt(raw.subarray(at, eol).toString('latin1'), 16)
    if (size === 0) return Buffer.concat(parts)
    if (raw.length < eol + 2 + size + 2) return null
    parts.push(raw.subarray(eol + 2, eol + 2 + size))
    at = eol + 2 + size + 2
  }
}

function reply(status: number, headers: http.IncomingHttpHeaders, body: Buffer): RawReply {
  const text = body.toString('utf8')
  let json: any
  if (String(headers['content-type'] ?? '').startsWith('application/json')) {
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
  }
  return { status, headers, text, json }
}
