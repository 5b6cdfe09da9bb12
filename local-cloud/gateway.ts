// The local stand-in for CloudBase's HTTP access service, used by the h5 build:
// `POST /api/<function>` with `{ action, data }` runs the function and returns its envelope, with
// the HTTP status following the envelope's error code. Like the real service it only forwards: the
// function itself verifies the bearer token (see server/kernel/web-caller.ts). Demo mode (npm
// start) adds `POST /dev/login`, which signs anybody in as a persona; without it, /dev/* is a 404
// like any unknown path. `GET /urllink` stands in for WeChat's URL Link landing (url-link-page.ts).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { HTTP_STATUS, type ErrorCode } from '../types/errors'
import { apiReference } from './api-reference'
import { FunctionNotFound, type FunctionRunner } from './function-runner'
import { BodyTooLarge, parseTarget, readBytes, sendJson } from './http-util'
import { answerProtocolErrors } from './protocol-errors'
import { PERSONAS } from './seed/personas'
import { serveStatic } from './static-files'
import { serveUrlLinkPage } from './url-link-page'
import { LOCAL_LINK_PATH } from '../server/services/mini-program-link'
import type { TokenSigner } from '../server/services/session-tokens'

export const MAX_REQUEST_BYTES = 1024 * 1024

/** What the HTTP access service passes on to a function: the caller's token and browser. */
const FORWARDED_HEADERS = ['content-type', 'authorization', 'user-agent']

type GatewayOptions = {
  runner: FunctionRunner
  /** Issues demo sign-ins; the functions verify them with the same key. */
  tokens: TokenSigner
  h5Dir?: string
  /** Serve /dev/login and /dev/personas, which sign anybody in as any persona. */
  demo?: boolean
  /** In demo mode, GET /dev/outbox: the subscribe messages WeChat would have been sent. */
  outbox?: () => Promise<unknown[]>
}

function fail(
  res: http.ServerResponse,
  code: ErrorCode,
  message: string,
  status = HTTP_STATUS[code],
) {
  sendJson(res, status, { ok: false, error: { code, message } })
}

/** How large a body may be, and what to answer when it is larger or cannot be read. */
type BodyLimit = { bytes: number; tooLarge: string; unreadable: string }

const REQUEST_LIMIT: BodyLimit = {
  bytes: MAX_REQUEST_BYTES,
  tooLarge: '请求内容超过 1 MB',
  unreadable: '无法读取请求内容',
}

/** The request's body, or undefined after answering why it could not be read. */
async function readOrFail(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: BodyLimit,
): Promise<Buffer | undefined> {
  try {
    return await readBytes(req, limit.bytes)
  } catch (err) {
    if (err instanceof BodyTooLarge) fail(res, 'VALIDATION', limit.tooLarge, 413)
    else fail(res, 'VALIDATION', limit.unreadable)
    return undefined
  }
}

export class Gateway {
  constructor(private readonly options: GatewayOptions) {}

  async serveHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.httpVersion === '1.1' && !req.headers.host)
      return fail(res, 'VALIDATION', '缺少 Host 请求头')
    const target = parseTarget(req.url)
    if (!target) return fail(res, 'VALIDATION', '请求地址无效')
    const { pathname } = target
    if (pathname === '/api' && req.method === 'GET') return sendJson(res, 200, apiReference())
    if (pathname.startsWith('/api/'))
      return this.callFunction(req, res, pathname.slice('/api/'.length))
    // Decoded, so /%64ev/login is /dev/login too (and outside demo mode a 404 like it).
    const decoded = target.decoded
    if (decoded === '/dev' || decoded.startsWith('/dev/')) return this.dev(req, res, decoded)
    if (pathname === '/healthz') return sendJson(res, 200, { ok: true })
    if (pathname === `/${LOCAL_LINK_PATH}` && req.method === 'GET')
      return serveUrlLinkPage(target.searchParams, res)
    if (req.method === 'GET' && this.options.h5Dir)
      return serveStatic(this.options.h5Dir, target.decoded, res, req.headers['accept-encoding'])
    fail(res, 'NOT_FOUND', `没有这个地址：${pathname}`)
  }

  private async callFunction(req: http.IncomingMessage, res: http.ServerResponse, name: string) {
    if (req.method !== 'POST') return fail(res, 'VALIDATION', '请使用 POST 调用云函数', 405)
    if (!this.options.runner.has(name)) return fail(res, 'NOT_FOUND', `云函数 ${name} 不存在`)
    const bytes = await readOrFail(req, res, REQUEST_LIMIT)
    if (!bytes) return
    // The event CloudBase's HTTP access service delivers; the function answers with an
    // integrated response whose status follows the envelope's error code.
    const event = {
      path: `/api/${name}`,
      httpMethod: 'POST',
      headers: forwardedHeaders(req),
      queryStringParameters: {},
      body: bytes.toString('utf8'),
      isBase64Encoded: false,
    }
    try {
      const reply = (await this.options.runner.invoke(name, event, null, 'http')) as {
        statusCode?: number
        headers?: Record<string, string>
        body?: string
      }
      if (typeof reply?.statusCode !== 'number' || typeof reply.body !== 'string') {
        return sendJson(res, 200, reply)
      }
      res.writeHead(reply.statusCode, {
        'content-type': 'application/json; charset=utf-8',
        ...reply.headers,
      })
      res.end(reply.body)
    } catch (err) {
      if (err instanceof FunctionNotFound) return fail(res, 'NOT_FOUND', `云函数 ${name} 不存在`)
      console.error(`[gateway] ${name}`, err)
      fail(res, 'INTERNAL', '服务暂时不可用，请稍后再试')
    }
  }

  /** The demo sign-in routes; a 404 for every /dev path outside demo mode. */
  private async dev(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (this.options.demo && pathname === '/dev/login') return this.login(req, res)
    if (this.options.demo && pathname === '/dev/personas' && req.method === 'GET') {
      return sendJson(res, 200, {
        ok: true,
        data: PERSONAS.map(({ persona, nickname, roles, description }) => ({
          persona,
          nickname,
          roles,
          description,
        })),
      })
    }
    if (
      this.options.demo &&
      this.options.outbox &&
      pathname === '/dev/outbox' &&
      req.method === 'GET'
    )
      return sendJson(res, 200, { ok: true, data: await this.options.outbox() })
    fail(res, 'NOT_FOUND', `没有这个地址：${pathname}`)
  }

  private async login(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== 'POST') return fail(res, 'VALIDATION', '请使用 POST 登录', 405)
    const body = await this.readJson(req, res)
    if (body === undefined) return
    const { persona, openid } = (body ?? {}) as { persona?: unknown; openid?: unknown }
    let chosen: string | undefined
    if (typeof persona === 'string') chosen = PERSONAS.find((p) => p.persona === persona)?.openid
    else if (typeof openid === 'string' && /^[A-Za-z0-9_-]{4,64}$/.test(openid)) chosen = openid
    if (!chosen) {
      const path = typeof persona === 'string' ? 'persona' : 'openid'
      return sendJson(res, 400, {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: '请选择演示身份或提供有效的 openid',
          issues: [{ path, message: '无效的身份' }],
        },
      })
    }
    sendJson(res, 200, {
      ok: true,
      data: { token: this.options.tokens.issue(chosen), openid: chosen },
    })
  }

  /** The parsed JSON body, or undefined after answering a clean error. */
  private async readJson(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
    const bytes = await readOrFail(req, res, REQUEST_LIMIT)
    if (!bytes) return undefined
    const text = bytes.toString('utf8')
    try {
      return text ? JSON.parse(text) : {}
    } catch {
      fail(res, 'VALIDATION', '请求内容不是有效的 JSON')
      return undefined
    }
  }
}

/**
 * The headers passed on, keyed in lower case as the HTTP access service delivers them. A header
 * sent twice keeps both values, so the function refuses a doubled Authorization instead of
 * choosing one.
 */
function forwardedHeaders(req: http.IncomingMessage): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase()
    if (!FORWARDED_HEADERS.includes(name)) continue
    const value = req.rawHeaders[i + 1]
    const prior = out[name]
    out[name] = prior === undefined ? value : [...[prior].flat(), value]
  }
  return out
}

/** Serves the gateway on 127.0.0.1; `port` 0 picks a free one. */
export async function listenGateway(
  gateway: Gateway,
  port: number,
): Promise<{ server: http.Server; url: string }> {
  // The Host check is the gateway's own, so a request without one gets an envelope too.
  const server = http.createServer({ requireHostHeader: false }, (req, res) => {
    gateway.serveHttp(req, res).catch((err) => {
      console.error('[gateway]', err)
      if (!res.headersSent) fail(res, 'INTERNAL', '服务暂时不可用，请稍后再试')
    })
  })
  answerProtocolErrors(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${actual}/` }
}
