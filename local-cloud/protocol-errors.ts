// What Node answers on its own before the gateway's handler runs — a request its parser refuses,
// CONNECT, an Expect header it does not meet — would otherwise get a bare status or a closed
// connection. These handlers give each the same JSON envelope every other error gets.
import http from 'node:http'
import type { Duplex } from 'node:stream'

/** Messages for requests Node's parser refuses, by its error code. */
const PARSER_ERRORS: Record<string, { status: number; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, message: '请求头过大' },
  HPE_INVALID_URL: { status: 400, message: '请求地址无效' },
  HPE_INVALID_METHOD: { status: 400, message: '不支持的请求方法' },
  HPE_INVALID_HEADER_TOKEN: { status: 400, message: '请求头无效' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: '请求超时' },
}

/** Installs the handlers on a server whose every error reply is a VALIDATION envelope. */
export function answerProtocolErrors(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset needs no answer; nor can one be written over a reply already under way.
    const inFlight = (socket as { _httpMessage?: http.ServerResponse })._httpMessage
    if (err.code === 'ECONNRESET' || inFlight?.headersSent) {
      socket.destroy()
      return
    }
    const { status, message } = PARSER_ERRORS[err.code ?? ''] ?? {
      status: 400,
      message: '请求格式无效',
    }
    writeEnvelope(socket, status, message)
  })
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) =>
    writeEnvelope(socket, 405, '不支持的请求方法'),
  )
  server.on('checkExpectation', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const body = JSON.stringify(envelope('不支持的 Expect 请求头'))
    res.writeHead(417, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    })
    res.end(body)
  })
}

function envelope(message: string) {
  return { ok: false, error: { code: 'VALIDATION', message } }
}

/** Writes a whole response on a socket Node has handed over, then closes it. */
function writeEnvelope(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const body = JSON.stringify(envelope(message))
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
      'content-type: application/json; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'connection: close\r\n\r\n' +
      body,
  )
}
