// 志愿服务: publishing activities, the list and the detail, signing up with a waitlist that promotes
// itself, cancelling, the console's queue, and the timed sweep (reminders, no-shows and pauses,
// overdue hours, repairs). The day itself — check-in, attendance, hours, records, certificates —
// joins this table from its own handlers.
import { createMain, type Handlers } from '../../server/kernel/router'
import { cancel, create, update } from './handlers/manage'
import { get, list, mine, queue } from './handlers/lists'
import { cancelSignUp, signUp } from './handlers/signup'
import { sweep } from './handlers/sweep'

export const main = createMain(
  'activity',
  {
    create,
    update,
    cancel,
    list,
    get,
    mine,
    queue,
    signUp,
    cancelSignUp,
    sweep,
  } as Handlers<'activity'>,
  { timers: { sweep: 'sweep' } },
)
