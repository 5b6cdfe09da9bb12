// Links to the committee console pages; their paths live in types/pages (the server links to them too).

import { ADMIN_ROUTES } from '../../types/pages'

export { ADMIN_ROUTES, adminComplaintUrl, adminWishUrl } from '../../types/pages'

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

/** One project (项目清单) as the committee edits it and attaches wishes and resources. */
export function adminProjectUrl(projectId: string): string {
  return `${ADMIN_ROUTES.project}?id=${encodeURIComponent(projectId)}`
}

/** The activity form: editing `activityId`, or a new activity without it. */
export function activityFormUrl(activityId?: string): string {
  return activityId
    ? `${ADMIN_ROUTES.activityForm}?id=${encodeURIComponent(activityId)}`
    : ADMIN_ROUTES.activityForm
}
