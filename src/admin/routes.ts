// Paths of the committee console pages (the `admin` subpackage), kept beside the pages they name.

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
} as const

/** One registration as the committee or a secretary verifies it. */
export function adminMemberUrl(userId: string): string {
  return `${ADMIN_ROUTES.member}?userId=${encodeURIComponent(userId)}`
}

/** The shop form: editing `shopId`, or a new shop without it. */
export function shopFormUrl(shopId?: string): string {
  return shopId
    ? `${ADMIN_ROUTES.shopForm}?shopId=${encodeURIComponent(shopId)}`
    : ADMIN_ROUTES.shopForm
}

/** One complaint as the committee handles it. */
export function adminComplaintUrl(complaintId: string): string {
  return `${ADMIN_ROUTES.complaint}?id=${encodeURIComponent(complaintId)}`
}
