// Links to the app's pages; their paths live in types/pages (the server links to them too).
import { ROUTES } from '../../types/pages'

export { ROUTES, complaintUrl, withShop } from '../../types/pages'

/** The shop page for one shop; also the path a shop's QR code opens. */
export function shopUrl(shopId: string): string {
  return `${ROUTES.shop}?id=${encodeURIComponent(shopId)}`
}

/** The shop page opened from a scanned code (the mini-program scene or the h5 URL's `code`). */
export function shopCodeUrl(code: string): string {
  return `${ROUTES.shop}?code=${encodeURIComponent(code)}`
}

/** The login page, returning to `redirect` after sign-in. */
export function loginUrl(redirect?: string): string {
  return redirect ? `${ROUTES.login}?redirect=${encodeURIComponent(redirect)}` : ROUTES.login
}
