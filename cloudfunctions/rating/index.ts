// 评价: a shopper's monthly rating of a shop, and the committee's review of held bursts.
import { createMain } from '../../server/kernel/router'
import { held, mine, rate, reviewHeld } from './handlers'

export const main = createMain('rating', { rate, mine, held, reviewHeld })
