// Links to the committee console pages; their paths live in types/pages (the server links to them too).

import { ADMIN_ROUTES, withQuery } from '../../types/pages'

export { ADMIN_ROUTES, adminComplaintUrl, adminWishUrl } from '../../types/pages'

/** One registration as the committee or a secretary verifies it. */
export function adminMemberUrl(userId: string): string {
  return withQuery(ADMIN_ROUTES.member, { userId })
}

/** The shop form: editing `shopId`, or a new shop without it. */
export function shopFormUrl(shopId?: string): string {
  return withQuery(ADMIN_ROUTES.shopForm, shopId ? { shopId } : {})
}

/** One project (项目清单) as the committee edits it and attaches wishes and resources. */
export function adminProjectUrl(projectId: string): string {
  return withQuery(ADMIN_ROUTES.project, { id: projectId })
}

/** The activity form: editing `activityId`, or a new activity without it. */
export function activityFormUrl(activityId?: string): string {
  return withQuery(ADMIN_ROUTES.activityForm, activityId ? { id: activityId } : {})
}
