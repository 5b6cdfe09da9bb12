// A service record as the volunteer (and whoever decides its correction) sees it: every field the
// national rule names, and the correction's state.
import type { ServiceRecord } from '../../types/activity'
import { recordedFacts, type ServiceRecordDoc } from '../repositories/service-records'

export function recordView(r: ServiceRecordDoc): ServiceRecord {
  return {
    recordId: r._id,
    activityId: r.activityId,
    activityTitle: r.activityTitle,
    category: r.category,
    ...recordedFacts(r),
    recordedAt: new Date(r.recordedAt).toISOString(),
    correction:
      r.correction && r.correctionStatus !== 'none'
        ? {
            status: r.correctionStatus,
            hours: r.correction.hours,
            reason: r.correction.reason,
            decisionNote: r.correction.note,
          }
        : null,
  }
}
