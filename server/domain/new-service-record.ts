// The one shape of a service record, for confirmHours and the demo seed: the activity as it was
// when the hours were confirmed (a later edit does not rewrite history), no correction yet.
import { shanghaiMonth, shanghaiToday } from '../../types/shanghai-time'
import type { ActivityDoc } from '../repositories/activities'
import type { ServiceRecordDoc } from '../repositories/service-records'
import { signUpId } from '../repositories/signups'

export function newServiceRecord(
  a: ActivityDoc,
  volunteer: { userId: string; name: string },
  hours: number,
  by: string,
  now: Date,
): ServiceRecordDoc {
  const startAt = new Date(a.startAt)
  return {
    _id: signUpId(a._id, volunteer.userId),
    activityId: a._id,
    volunteerId: volunteer.userId,
    volunteerName: volunteer.name,
    activityTitle: a.title,
    category: a.category,
    date: shanghaiToday(startAt),
    month: shanghaiMonth(startAt),
    place: a.place.address,
    content: a.description,
    hours,
    organiser: a.organiser.name,
    organiserOrgId: a.organiserOrgId,
    leader: a.leaderNames.join('、'),
    leaderIds: a.leaderIds,
    recordedAt: now,
    recordedBy: by,
    correctionStatus: 'none',
    requestedAt: null,
    correction: null,
  }
}
