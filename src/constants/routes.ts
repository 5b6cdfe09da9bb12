/** Page paths as Taro navigates to them. */
export const ROUTES = {
  home: '/pages/index/index',
  shop: '/pages/shop/index',
  login: '/pages/login/index',
  me: '/pages/me/index',
  dashboard: '/admin/pages/dashboard/index',
} as const

/** The shop page for one shop; also the path a shop's QR code opens. */
export function shopUrl(shopId: string): string {
  return `${ROUTES.shop}?id=${encodeURIComponent(shopId)}`
}

/** The login page, returning to `redirect` after sign-in. */
export function loginUrl(redirect?: string): string {
  return redirect ? `${ROUTES.login}?redirect=${encodeURIComponent(redirect)}` : ROUTES.login
}
