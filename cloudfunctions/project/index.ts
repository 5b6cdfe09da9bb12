// 项目清单: the committee's projects bundling wishes and resources, and their progress for anyone.
import { createMain } from '../../server/kernel/router'
import { attach, create, detach, get, list, update } from './handlers'

export const main = createMain('project', { create, update, attach, detach, list, get })
