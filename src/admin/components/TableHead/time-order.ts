import { TIME_ORDERS, type TimeOrder } from '../../../../types/common'
import type { TableOrder } from './TableHead'

/**
 * Rows ordered by when they came (newest first unless changed), stepped through from the title of
 * the column that shows the time: the registrations' and the audit log's tables.
 */
export function timeOrder(
  column: string,
  value: TimeOrder | undefined,
  onChange: (order: TimeOrder) => void,
): TableOrder<TimeOrder> {
  return {
    value: value ?? 'newest',
    columns: { [column]: ['newest', 'oldest'] },
    labels: TIME_ORDERS,
    onChange,
  }
}
