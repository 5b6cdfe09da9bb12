// Links to the app's pages; their paths live in types/pages (the server links to them too).
import { ROUTES } from '../../types/pages'

export { ROUTES }

/** The shop page for one shop; also the path a shop's QR code opens. */
export function shopUrl(shopId: string): string {
  return `${ROUTES.shop}?id=${encodeURIComponent(shopId)}`
}

/** The shop page opened from a scanned code (the mini-program scene or the h5 URL's `code`). */
export function shopCodeUrl(code: string): string {
  return `${ROUTES.shop}?code=${encodeURIComponent(code)}`
}

/** A page that acts on one shop, e.g. `withShop(ROUTES.rate, id)`. */
export function withShop(route: string, shopId: string): string {
  return `${route}?shopId=${encodeURIComponent(shopId)}`
}

/** One complaint's detail and timeline. */
export function complaintUrl(complaintId: string): string {
  return `${ROUTES.complaint}?id=${encodeURIComponent(complaintId)}`
}

/** The login page, returning to `redirect` after sign-in. */
export function loginUrl(redirect?: string): string {
  return redirect ? `${ROUTES.login}?redirect=${encodeURIComponent(redirect)}` : ROUTES.login
}
