// 用户: the caller's profile and roles; the committee's list of users.
import { createMain } from '../../server/kernel/router'
import { list, me, updateProfile } from './handlers'

export const main = createMain('user', { me, updateProfile, list })
