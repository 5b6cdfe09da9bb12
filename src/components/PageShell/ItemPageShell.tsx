import { ErrorState } from '../StateViews'
import { PageShell, type PageShellProps } from './PageShell'

export type ItemPageShellProps = PageShellProps & {
  /** The id the page's link names (`?id=`, `?shopId=`); without one the page says so instead. */
  id: string
  /** What the page says without it, e.g. 缺少店铺编号. */
  missing: string
  /** False while the sign-in check redirects: the page stays empty. */
  signedIn?: boolean
}

/** The root of a page about one thing its link names: one shop, one activity, one wish. */
export function ItemPageShell(props: ItemPageShellProps) {
  const { id, missing, signedIn = true, children, ...shell } = props
  if (!signedIn) return <PageShell {...shell} />
  return <PageShell {...shell}>{id ? children : <ErrorState message={missing} />}</PageShell>
}
