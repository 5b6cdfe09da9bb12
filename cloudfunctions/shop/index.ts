// 店铺: the public shop list and the shop card a shopper sees.
import { createMain } from '../../server/kernel/router'
import { get, list } from './handlers'

export const main = createMain('shop', { list, get })
