import type { HandlerOf } from '../../server/kernel/router'
import { notFound } from '../../server/kernel/app-error'
import { countOrgs, findDistrict } from '../../server/repositories/districts'
import { countOpenShops } from '../../server/repositories/shops'
import { memberHeadline } from '../../server/domain/member-coverage'

/** The district's name and its headline figures, counted from the database. */
export const overview: HandlerOf<'district', 'overview'> = async (ctx) => {
  const district = await findDistrict(ctx.db)
  if (!district) throw notFound('商圈')
  const [shops, orgs, { members, shopsWithMembers }] = await Promise.all([
    countOpenShops(ctx.db, district._id),
    countOrgs(ctx.db, district._id),
    memberHeadline(ctx.db, district._id),
  ])
  return {
    districtId: district._id,
    name: district.name,
    committeeName: district.committeeName,
    intro: district.intro,
    figures: { shops, orgs, members, shopsWithMembers },
  }
}
