// 志愿服务: publishing activities, the list and the detail, signing up with a waitlist that promotes
// itself, cancelling, the console's queue, and the timed sweep (reminders, no-shows and pauses,
// overdue hours, repairs). The day itself — check-in, attendance, hours, records, certificates —
// joins this table from its own handlers.
import { createMain } from '../../server/kernel/router'
import { cancel, create, update } from './handlers/manage'
import { get, list, mine, queue } from './handlers/lists'
import { led } from './handlers/led'
import { cancelSignUp, signUp } from './handlers/signup'
import { sweep } from './handlers/sweep'
import { checkIn, checkInCode, checkOut, checkOutAll } from './handlers/checkin'
import { attendance, contact, roster } from './handlers/attendance'
import { confirmHours, myRecords } from './handlers/records'
import { corrections, decideCorrection, requestCorrection } from './handlers/corrections'
import { certificate, verifyCertificate } from './handlers/certificates'
import { figures, ledger } from './handlers/reports'

export const main = createMain(
  'activity',
  {
    create,
    update,
    cancel,
    list,
    get,
    mine,
    led,
    queue,
    signUp,
    cancelSignUp,
    sweep,
    checkInCode,
    checkIn,
    checkOut,
    checkOutAll,
    roster,
    contact,
    attendance,
    confirmHours,
    myRecords,
    requestCorrection,
    corrections,
    decideCorrection,
    certificate,
    verifyCertificate,
    figures,
    ledger,
  },
  { timers: { sweep: 'sweep' } },
)
