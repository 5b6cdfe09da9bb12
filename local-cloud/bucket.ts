// CloudBase cloud storage, locally: the storage actions @cloudbase/node-sdk sends to the endpoint
// (`storage.getUploadMetadata`, `storage.batchGetDownloadUrl`, `storage.batchDeleteFile`) and the
// two plain HTTP requests that in production go to COS: the signed PUT of an upload and the GET of
// a temporary URL. Files live on disk under `<dir>/<env>/<cloudPath>`; both URLs carry an HMAC of
// what they allow and until when, so an expired or edited URL is refused as COS refuses it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type http from 'node:http'
import { DbError } from './errors'
import { BodyTooLarge, readBytes, type Target } from './http-util'

/** Largest upload the bucket takes (a 200-shop poster part is about 5 MB). */
export const MAX_OBJECT_BYTES = 64 * 1024 * 1024
/** How long an upload URL from getUploadMetadata stays usable. */
const UPLOAD_URL_SECONDS = 600
/** CloudBase's default life of a temporary URL when the caller names none. */
const DEFAULT_MAX_AGE_SECONDS = 86_400
/** The local stand-in for `<env>.<bucket>` in a `cloud://` file id. */
const BUCKET = 'local-bucket'

/** Path segments the app writes: ASCII names, no `..`, nothing hidden. */
const CLOUD_PATH = /^(?!.*(^|\/)\.)[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/
const ENV_NAME = /^[A-Za-z0-9_-]{1,64}$/

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}

type Params = Record<string, unknown>

export class LocalBucket {
  constructor(
    private readonly dir: string,
    private readonly key: Buffer,
    /** The clock, in milliseconds; tests move it to see URLs expire. */
    private readonly now: () => number = Date.now,
  ) {}

  /** Answers one `storage.*` action; `origin` is where the SDK reached the endpoint. */
  handle(params: Params, env: string, origin: string): Record<string, unknown> {
    switch (params.action) {
      case 'storage.getUploadMetadata':
        return this.uploadMetadata(params, env, origin)
      case 'storage.batchGetDownloadUrl':
        return this.downloadUrls(params, env, origin)
      case 'storage.batchDeleteFile':
        return this.deleteFiles(params, env)
      default:
        throw new DbError('INVALID_ACTION', `action ${String(params.action)} is not supported`)
    }
  }

  /** Serves `PUT /storage/put/<env>/<path>` and `GET /storage/file/<env>/<path>`; false otherwise. */
  async serveHttp(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    target: Target,
  ): Promise<boolean> {
    const match = /^\/storage\/(put|file)\/([^/]+)\/(.+)$/.exec(target.decoded)
    if (!match) return false
    const [, kind, env, cloudPath] = match
    if (!ENV_NAME.test(env) || !CLOUD_PATH.test(cloudPath)) {
      cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.')
      return true
    }
    if (kind === 'put' && req.method === 'PUT') {
      await this.receive(req, res, env, cloudPath)
      return true
    }
    if (kind === 'file' && (req.method === 'GET' || req.method === 'HEAD')) {
      this.send(req, res, env, cloudPath, target.searchParams)
      return true
    }
    cosError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed.')
    return true
  }

  private uploadMetadata(params: Params, env: string, origin: string) {
    const cloudPath = checkedPath(params.path)
    const until = this.seconds() + UPLOAD_URL_SECONDS
    const authorization = `local-sign-time=${until};sig=${this.sign('put', env, cloudPath, until)}`
    const fileId = fileIdOf(env, cloudPath)
    return {
      data: {
        url: `${origin}/storage/put/${env}/${cloudPath}`,
        token: 'local',
        authorization,
        fileId,
        cosFileId: fileId,
        download_url: `${origin}/storage/file/${env}/${cloudPath}`,
      },
    }
  }

  private downloadUrls(params: Params, env: string, origin: string) {
    const list = params.file_list
    if (!Array.isArray(list) || list.length === 0) {
      throw new DbError('INVALID_PARAM', 'file_list must be a non-empty array')
    }
    const download_list = list.map((entry: Params) => {
      const fileID = String(entry?.fileid ?? '')
      const cloudPath = this.pathIn(fileID, env)
      if (!cloudPath || !fs.existsSync(this.fileOf(env, cloudPath))) {
        return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: '文件不存在' }
      }
      const maxAge = Number(entry.max_age) > 0 ? Number(entry.max_age) : DEFAULT_MAX_AGE_SECONDS
      const until = this.seconds() + Math.floor(maxAge)
      const sign = this.sign('get', env, cloudPath, until)
      return {
        fileID,
        tempFileURL: `${origin}/storage/file/${env}/${cloudPath}?sign=${sign}&t=${until}`,
        code: 'SUCCESS',
      }
    })
    return { data: { download_list } }
  }

  private deleteFiles(params: Params, env: string) {
    const list = params.fileid_list
    if (!Array.isArray(list) || list.length === 0) {
      throw new DbError('INVALID_PARAM', 'fileid_list must be a non-empty array')
    }
    const delete_list = list.map((value: unknown) => {
      const fileID = String(value)
      const cloudPath = this.pathIn(fileID, env)
      const file = cloudPath ? this.fileOf(env, cloudPath) : null
      if (!file || !fs.existsSync(file)) return { fileID, code: 'STORAGE_FILE_NONEXIST' }
      fs.rmSync(file, { force: true })
      return { fileID, code: 'SUCCESS' }
    })
    return { data: { delete_list } }
  }

  private async receive(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    env: string,
    cloudPath: string,
  ) {
    const granted = /^local-sign-time=(\d+);sig=([a-f0-9]{64})$/.exec(
      String(req.headers.authorization ?? ''),
    )
    const until = Number(granted?.[1])
    if (!granted || !this.valid(granted[2], 'put', env, cloudPath, until)) {
      req.resume()
      cosError(res, 403, 'SignatureDoesNotMatch', 'The request signature does not match.')
      return
    }
    if (until < this.seconds()) {
      req.resume()
      cosError(res, 403, 'AccessDenied', 'Request has expired')
      return
    }
    let bytes: Buffer
    try {
      bytes = await readBytes(req, MAX_OBJECT_BYTES)
    } catch (err) {
      if (!(err instanceof BodyTooLarge)) throw err
      cosError(res, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.')
      return
    }
    const file = this.fileOf(env, cloudPath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // Written beside and renamed, so a reader never sees half a file.
    const partial = `${file}.${crypto.randomBytes(4).toString('hex')}.part`
    fs.writeFileSync(partial, bytes)
    fs.renameSync(partial, file)
    // COS answers a successful PUT with an empty body, which the SDK reads as "no <Error>".
    res.writeHead(200, { 'content-length': 0 })
    res.end()
  }

  private send(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    env: string,
    cloudPath: string,
    query: URLSearchParams,
  ) {
    const until = Number(query.get('t'))
    if (!this.valid(query.get('sign') ?? '', 'get', env, cloudPath, until)) {
      cosError(res, 403, 'AccessDenied', 'Access Denied.')
      return
    }
    if (until < this.seconds()) {
      cosError(res, 403, 'AccessDenied', 'Request has expired')
      return
    }
    const file = this.fileOf(env, cloudPath)
    if (!fs.existsSync(file)) {
      cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.')
      return
    }
    const bytes = fs.readFileSync(file)
    const ext = cloudPath.slice(cloudPath.lastIndexOf('.') + 1).toLowerCase()
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'content-length': bytes.length,
      // The h5 app fetches exports from its own origin, as it does from COS with CORS allowed.
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    })
    res.end(req.method === 'HEAD' ? undefined : bytes)
  }

  /** The path inside `env`'s bucket that a file id names, or null for another env or bucket. */
  private pathIn(fileId: string, env: string): string | null {
    const prefix = `cloud://${env}.${BUCKET}/`
    if (!fileId.startsWith(prefix)) return null
    const cloudPath = fileId.slice(prefix.length)
    return CLOUD_PATH.test(cloudPath) ? cloudPath : null
  }

  private fileOf(env: string, cloudPath: string): string {
    return path.join(this.dir, env, ...cloudPath.split('/'))
  }

  private seconds(): number {
    return Math.floor(this.now() / 1000)
  }

  private sign(verb: 'put' | 'get', env: string, cloudPath: string, until: number): string {
    return crypto
      .createHmac('sha256', this.key)
      .update(`${verb}\n${env}\n${cloudPath}\n${until}`)
      .digest('hex')
  }

  private valid(sig: string, verb: 'put' | 'get', env: string, path: string, until: number) {
    if (!Number.isSafeInteger(until) || !/^[a-f0-9]{64}$/.test(sig)) return false
    const expected = Buffer.from(this.sign(verb, env, path, until), 'hex')
    return crypto.timingSafeEqual(Buffer.from(sig, 'hex'), expected)
  }
}

/** The `cloud://` id of a stored file, shaped as CloudBase's: `cloud://<env>.<bucket>/<path>`. */
export function fileIdOf(env: string, cloudPath: string): string {
  return `cloud://${env}.${BUCKET}/${cloudPath}`
}

function checkedPath(value: unknown): string {
  const cloudPath = typeof value === 'string' ? value.replace(/^\/+/, '') : ''
  if (!CLOUD_PATH.test(cloudPath) || cloudPath.length > 300) {
    throw new DbError('INVALID_PARAM', `path ${JSON.stringify(value)} is not a valid cloud path`)
  }
  return cloudPath
}

/** COS's error reply: XML, which the SDK parses for Code and Message. */
function cosError(res: http.ServerResponse, status: number, code: string, message: string) {
  const requestId = crypto.randomBytes(8).toString('hex')
  const body =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code>` +
    `<Message>${message}</Message><RequestId>${requestId}</RequestId>` +
    `<TraceId>${requestId}</TraceId></Error>`
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'access-control-allow-origin': '*',
  })
  res.end(body)
}
