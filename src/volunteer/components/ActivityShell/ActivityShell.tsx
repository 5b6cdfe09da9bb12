import type { ReactNode } from 'react'
import { ItemPageShell } from '../../../components/PageShell'

export type ActivityShellProps = {
  className: string
  /** The activity's id from the page's link; without one the page says so instead. */
  activityId: string
  /** False while the sign-in check redirects: the page stays empty. */
  signedIn?: boolean
  children?: ReactNode
}

/** The root of a page about one activity (its details, code or roster). */
export function ActivityShell({ activityId, ...shell }: ActivityShellProps) {
  return <ItemPageShell {...shell} id={activityId} missing="缺少活动编号" />
}
