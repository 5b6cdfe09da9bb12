// 扫码登录: the desktop console asks for a one-time login request and shows it as a QR code; the
// committee member or secretary scans it with the mini-program and confirms; the desktop's polling
// then receives a session token once. Sessions end after a spell of inactivity, or from the phone
// (退出所有电脑). The public web acts through WeChat instead: a visitor who is not signed in is
// handed over to the same page in the mini-program by a URL Link.
import { z } from 'zod'
import { Id, IsoDate, enumOf } from './common'
import { HANDOVER_PAGES, HANDOVER_QUERIES } from './pages'

/** How long a login request's QR code may be used. */
export const LOGIN_REQUEST_MINUTES = 2
/** A web session ends after this long without a call… */
export const SESSION_IDLE_HOURS = 2
/** …and after this long in any case. */
export const SESSION_MAX_DAYS = 7

export const LOGIN_STATUSES = {
  pending: '等待手机确认',
  approved: '已确认',
  refused: '已在手机上取消',
  expired: '二维码已过期',
  used: '二维码已使用，请刷新',
} as const
export const LoginStatus = enumOf(LOGIN_STATUSES)
export type LoginStatus = z.infer<typeof LoginStatus>

/**
 * 128 random bits, base64url. The desktop keeps its request id to itself (it collects the token
 * with it); the QR code holds a separate ticket, which only the committee and secretaries can turn
 * into the request, so someone who photographs the screen cannot collect the token.
 */
export const LoginRequestId = z
  .string({ error: '缺少登录请求编号' })
  .regex(/^[A-Za-z0-9_-]{22}$/, '登录请求编号不正确')
export const LoginTicket = z
  .string({ error: '缺少二维码内容' })
  .regex(/^[A-Za-z0-9_-]{22}$/, '这不是电脑端登录二维码')

export const LoginRequestInput = z.object({ requestId: LoginRequestId })
export type LoginRequestInput = z.infer<typeof LoginRequestInput>
export const LoginTicketInput = z.object({ ticket: LoginTicket })

export const RequestLoginResult = z.object({
  requestId: LoginRequestId,
  /** The QR code (data URL) the phone scans; it holds `url`. */
  qr: z.string(),
  /** The confirmation page with this request's ticket, as the QR code holds it. */
  url: z.string(),
  expiresAt: IsoDate,
})
export type RequestLoginResult = z.infer<typeof RequestLoginResult>

/** What the phone shows before its owner confirms: when and from which browser. */
export const LoginRequestView = z.object({
  requestId: LoginRequestId,
  status: LoginStatus,
  requestedAt: IsoDate,
  expiresAt: IsoDate,
  /** e.g. Chrome 120 · Windows; 未知浏览器 when the browser did not say. */
  browser: z.string(),
})
export type LoginRequestView = z.infer<typeof LoginRequestView>

export const ConfirmLoginInput = z.object({
  requestId: LoginRequestId,
  approve: z.boolean({ error: '请选择确认或取消登录' }),
})
export type ConfirmLoginInput = z.infer<typeof ConfirmLoginInput>

export const PollLoginResult = z.object({
  status: LoginStatus,
  /** Only in the one reply that hands the approved login over (status `used` from then on). */
  token: z.string().optional(),
  expiresAt: IsoDate,
})
export type PollLoginResult = z.infer<typeof PollLoginResult>

export const SignOutResult = z.object({ ended: z.number().int() })
export type SignOutResult = z.infer<typeof SignOutResult>

/** A desktop signed in with the caller's account, as the phone lists them. */
export const WebSessionView = z.object({
  browser: z.string(),
  signedInAt: IsoDate,
  lastSeenAt: IsoDate,
  /** The session making this call. */
  current: z.boolean(),
})
export const WebSessionList = z.object({ list: z.array(WebSessionView) })
export type WebSessionList = z.infer<typeof WebSessionList>

/** How long a URL Link that hands an h5 visitor over to the mini-program stays valid (WeChat: ≤ 30). */
export const MINI_PROGRAM_LINK_DAYS = 7

/** What a URL Link's query may hold: WeChat accepts letters, digits and these marks, ≤ 1024. */
const LINK_QUERY = /^[A-Za-z0-9!#$&'()*+,/:;=?@\-._~%]*$/
const LINK_QUERY_MAX = 256

/** The query holds exactly the keys its page takes (`HANDOVER_QUERIES`), each once and an id. */
function pageQuery(v: { path: string; query: string }, ctx: z.RefinementCtx) {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['query'], message })
  const keys = HANDOVER_QUERIES[v.path]!
  // Ids need no percent-encoding, so the query is split as written.
  const pairs = v.query ? v.query.split('&').map((pair) => pair.split('=')) : []
  for (const [key = '', value, ...rest] of pairs) {
    if (!keys.includes(key)) return fail(`该页面没有参数 ${key}`)
    if (pairs.filter(([k]) => k === key).length > 1) return fail(`页面参数 ${key} 重复`)
    if (rest.length || !Id.safeParse(value).success) return fail(`页面参数 ${key} 格式不正确`)
  }
  const missing = keys.find((key) => !pairs.some(([k]) => k === key))
  if (missing) fail(`缺少页面参数 ${missing}`)
}

/**
 * A page of the mini-program and its query, e.g. `shopper/pages/rate/index` and `shopId=shop-001`.
 * The page may be written with a leading slash, as the app's routes are.
 */
export const MiniProgramLinkInput = z
  .object({
    path: z
      .string({ error: '缺少小程序页面' })
      .transform((path) => path.replace(/^\//, ''))
      .pipe(z.enum(HANDOVER_PAGES, { error: '该页面不能从网页跳转到小程序' })),
    query: z
      .string({ error: '页面参数须为文字' })
      .max(LINK_QUERY_MAX, `页面参数最多 ${LINK_QUERY_MAX} 个字符`)
      .regex(LINK_QUERY, '页面参数含有不允许的字符')
      .default(''),
  })
  // Only once both fields passed: an unknown path or a refused query is not taken apart.
  .superRefine(pageQuery, { when: (payload) => payload.issues.length === 0 })
export type MiniProgramLinkInput = z.input<typeof MiniProgramLinkInput>

export const MiniProgramLink = z.object({
  /** Opens the page in the mini-program: in WeChat directly, in a phone browser through WeChat. */
  url: z.string(),
  expiresAt: IsoDate,
})
export type MiniProgramLink = z.infer<typeof MiniProgramLink>
