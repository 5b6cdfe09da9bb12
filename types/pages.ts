// The app's page paths, shared by the app (to navigate) and the server (a message links to the page
// that opens what it is about), so a link never points at a page that has moved.

/** Pages of the main package and the shopper, account, merchant, member, wish and volunteer subpackages. */
export const ROUTES = {
  home: '/pages/index/index',
  shop: '/pages/shop/index',
  login: '/account/pages/login/index',
  me: '/account/pages/me/index',
  inbox: '/account/pages/inbox/index',
  rate: '/shopper/pages/rate/index',
  complain: '/shopper/pages/complain/index',
  myComplaints: '/shopper/pages/complaints/index',
  complaint: '/shopper/pages/complaint/index',
  claim: '/shopper/pages/claim/index',
  merchantShops: '/merchant/pages/shops/index',
  merchantShopEdit: '/merchant/pages/shop-edit/index',
  merchantShopCode: '/merchant/pages/shop-code/index',
  merchantComplaints: '/merchant/pages/complaints/index',
  dashboard: '/admin/pages/dashboard/index',
  memberConsent: '/member/pages/consent/index',
  memberRegister: '/member/pages/register/index',
  memberCard: '/member/pages/card/index',
  wishPool: '/wish/pages/pool/index',
  wishSubmit: '/wish/pages/submit/index',
  wish: '/wish/pages/detail/index',
  myWishes: '/wish/pages/mine/index',
  resources: '/wish/pages/resources/index',
  resourcePublish: '/wish/pages/resource-form/index',
  project: '/wish/pages/project/index',
  activities: '/volunteer/pages/activities/index',
  activity: '/volunteer/pages/activity/index',
  volunteerConsent: '/volunteer/pages/consent/index',
  myVolunteering: '/volunteer/pages/mine/index',
  checkIn: '/volunteer/pages/check-in/index',
  checkInCode: '/volunteer/pages/code/index',
  activityRoster: '/volunteer/pages/roster/index',
  certificate: '/volunteer/pages/certificate/index',
} as const

/** Paths of the committee console pages (the `admin` subpackage). */
export const ADMIN_ROUTES = {
  dashboard: '/admin/pages/dashboard/index',
  shops: '/admin/pages/shops/index',
  shopForm: '/admin/pages/shop-form/index',
  shopImport: '/admin/pages/shop-import/index',
  complaints: '/admin/pages/complaints/index',
  complaint: '/admin/pages/complaint/index',
  ratings: '/admin/pages/ratings/index',
  orgs: '/admin/pages/orgs/index',
  members: '/admin/pages/members/index',
  member: '/admin/pages/member/index',
  coverage: '/admin/pages/coverage/index',
  cardCheck: '/admin/pages/card-check/index',
  wishes: '/admin/pages/wishes/index',
  wish: '/admin/pages/wish/index',
  wishFigures: '/admin/pages/wish-figures/index',
  resources: '/admin/pages/resources/index',
  projects: '/admin/pages/projects/index',
  project: '/admin/pages/project/index',
  activities: '/admin/pages/activities/index',
  activityForm: '/admin/pages/activity-form/index',
  volunteerFigures: '/admin/pages/volunteer-figures/index',
  corrections: '/admin/pages/corrections/index',
  auditLog: '/admin/pages/audit-log/index',
  webLogin: '/admin/pages/web-login/index',
  bootstrap: '/admin/pages/bootstrap/index',
  noAccess: '/admin/pages/no-access/index',
} as const

/** A page with its query, e.g. `withQuery(ROUTES.complaint, { id })`. */
export function withQuery(page: string, query: Record<string, string>): string {
  const pairs = Object.entries(query).map(
    ([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
  )
  return pairs.length ? `${page}?${pairs.join('&')}` : page
}

/** A page that acts on one shop, e.g. `withShop(ROUTES.rate, id)`. */
export function withShop(route: string, shopId: string): string {
  return withQuery(route, { shopId })
}

/** One complaint's detail and timeline, as its complainant follows it. */
export function complaintUrl(complaintId: string): string {
  return withQuery(ROUTES.complaint, { id: complaintId })
}

/** One complaint as the committee handles it. */
export function adminComplaintUrl(complaintId: string): string {
  return withQuery(ADMIN_ROUTES.complaint, { id: complaintId })
}

/** One wish: its detail, timeline and what the viewer may do. */
export function wishUrl(wishId: string): string {
  return withQuery(ROUTES.wish, { id: wishId })
}

/** One wish as the committee reviews and dispatches it. */
export function adminWishUrl(wishId: string): string {
  return withQuery(ADMIN_ROUTES.wish, { id: wishId })
}

/** One activity: details, sign-up, check-in, and for its leaders the code and roster. */
export function activityUrl(activityId: string): string {
  return withQuery(ROUTES.activity, { id: activityId })
}

/** The public page that says whether a certificate is genuine (its QR opens it). */
export function certificateUrl(serial: string): string {
  return withQuery(ROUTES.certificate, { serial })
}

/**
 * The pages where a person acts (评价, 投诉, 认领, 党员登记, 许愿, 志愿者登记, 认领心愿, 报名) and so
 * needs the WeChat identity, each with the query keys it takes (every one required, an id): an h5
 * visitor who is not signed in is handed over to the same page in the mini-program through a URL
 * Link (`auth.miniProgramLink`), which accepts only these. No other key may ride along, so a link
 * cannot, say, skip the consent page of 党员登记. Paths as WeChat writes them, without the slash.
 */
export const HANDOVER_QUERIES: Readonly<Record<string, readonly string[]>> = {
  [ROUTES.rate.slice(1)]: ['shopId'],
  [ROUTES.complain.slice(1)]: ['shopId'],
  [ROUTES.claim.slice(1)]: [],
  [ROUTES.memberRegister.slice(1)]: [],
  [ROUTES.wishSubmit.slice(1)]: [],
  [ROUTES.volunteerConsent.slice(1)]: [],
  [ROUTES.wish.slice(1)]: ['id'],
  [ROUTES.activity.slice(1)]: ['id'],
  // Where the web's sign-in sends a visitor who came from their own pages (消息, 我的投诉…).
  [ROUTES.me.slice(1)]: [],
}

export const HANDOVER_PAGES = Object.keys(HANDOVER_QUERIES) as [string, ...string[]]
