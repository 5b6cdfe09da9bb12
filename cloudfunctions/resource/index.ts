// 资源清单: publishing an offer, the committee's review, the public list and the owner's own.
import { createMain } from '../../server/kernel/router'
import { get, list, mine, publish, queue, review, withdraw } from './handlers'

export const main = createMain('resource', { publish, withdraw, review, list, mine, queue, get })
