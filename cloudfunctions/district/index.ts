// 商圈: the district overview every visitor sees on the home page.
import { createMain } from '../../server/kernel/router'
import { overview } from './handlers'

export const main = createMain('district', { overview })
