// 志愿者: the profile with its consent (registering, updating, withdrawing) and the console's search
// for activity leaders. Activities, sign-ups, hours and certificates are the `activity` function's.
import { createMain } from '../../server/kernel/router'
import { mine, register, withdraw } from './handlers/profile'
import { search } from './handlers/search'

export const main = createMain('volunteer', { mine, register, withdraw, search })
