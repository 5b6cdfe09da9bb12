// 志愿服务证明, `_id` = the serial. What was certified is kept as it was when issued, so the
// verification page shows what the paper says, even after later records or corrections.
import { adds, byId } from './reads'

export type CertificateDoc = {
  _id: string
  volunteerId: string
  /** Full name as printed; the verification page masks it. */
  name: string
  hours: number
  recordIds: string[]
  /** A one-activity certificate's activity; null for all records. */
  activityId: string | null
  activityTitle: string | null
  issuer: string
  issuedAt: Date
}

export const findCertificate = byId<CertificateDoc>('certificates')

export const insertCertificate = adds<CertificateDoc>('certificates')
