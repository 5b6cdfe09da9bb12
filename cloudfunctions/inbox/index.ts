// 消息与提醒: each person's inbox, their push preferences and subscribe consents, and the timed
// reminders.
import { createMain } from '../../server/kernel/router'
import { list, preferences, read, remind, setPreferences, subscribe } from './handlers'

export const main = createMain(
  'inbox',
  { list, read, preferences, setPreferences, subscribe, remind },
  { timers: { remind: 'remind' } },
)
