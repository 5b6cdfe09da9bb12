import { Text } from '@tarojs/components'

export type StatusTagProps<S extends string> = {
  /** Block class: `wish-status` gives `.wish-status--open` and `.wish-status__overdue`. */
  block: string
  status: S
  /** What each status is called (待审核, 已办结…). */
  labels: Record<S, string>
  /** Adds 已逾期 after the status. */
  overdue?: boolean
  /** Another block for tests, e.g. `member-detail__status` (also gets `--<status>`). */
  className?: string
}

/** Where a record stands, in a pill whose tone its block's styles give per status. */
export function StatusTag<S extends string>({
  block,
  status,
  labels,
  overdue = false,
  className,
}: StatusTagProps<S>) {
  const extra = className ? ` ${className} ${className}--${status}` : ''
  return (
    <Text className={`${block} ${block}--${status}${extra}`} data-status={status}>
      {labels[status]}
      {overdue ? <Text className={`${block}__overdue`}>已逾期</Text> : null}
    </Text>
  )
}
