import type { ReactNode } from 'react'
import { PageShell } from '../../../components/PageShell'
import { ErrorState } from '../../../components/StateViews'

export type ActivityShellProps = {
  className: string
  /** The activity's id from the page's link; without one the page says so instead. */
  activityId: string
  /** False while the sign-in check redirects: the page stays empty. */
  signedIn?: boolean
  children?: ReactNode
}

/** The root of a page about one activity (its details, code or roster). */
export function ActivityShell({
  className,
  activityId,
  signedIn = true,
  children,
}: ActivityShellProps) {
  if (!signedIn) return <PageShell className={className} />
  return (
    <PageShell className={className}>
      {activityId ? children : <ErrorState message="缺少活动编号" />}
    </PageShell>
  )
}
