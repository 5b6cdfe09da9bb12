import type { ComplaintView } from '../../../../types/complaint'

/** Each action form acts on the complaint shown and hands back the server's updated view. */
export type ComplaintFormProps = {
  complaint: ComplaintView
  onChanged: (next: ComplaintView) => void
}
