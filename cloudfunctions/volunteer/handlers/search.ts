// The committee or a secretary picks activity leaders from the active volunteers by name; phones
// are masked (the full one is for the leader of an activity the volunteer joined, through contact).
import { maskPhone } from '../../../types/masking'
import type { HandlerOf } from '../../../server/kernel/router'
import { volunteersByNamePrefix } from '../../../server/repositories/volunteers'
import { decryptPhone } from '../../../server/services/member-crypto'

const PICKS = 20

export const search: HandlerOf<'volunteer', 'search'> = async (ctx, input) => {
  const found = await volunteersByNamePrefix(ctx.db, input.keyword, PICKS)
  return {
    list: found.map((v) => ({
      userId: v._id,
      name: v.realName,
      phone: v.phoneCipher ? maskPhone(decryptPhone(v.phoneCipher)) : '***',
    })),
  }
}
