// 党组织: the district's Party organisation tree, its secretaries and the shops each covers.
import { createMain } from '../../server/kernel/router'
import { create, linkShops, setSecretary, tree, update } from './handlers'

export const main = createMain('org', { tree, create, update, setSecretary, linkShops })
