import type { ReactNode } from 'react'
import { ConsoleShell } from '../ConsoleShell'
import { ConsoleToolbar, type ConsoleToolbarProps } from '../ConsoleToolbar'

export type ConsolePageProps = ConsoleToolbarProps & {
  /** The page's block class, e.g. `admin-shops`. */
  className: string
  /** False while the sign-in check redirects: the page stays empty. */
  signedIn: boolean
  children?: ReactNode
}

/** A committee console page: wide, its toolbar (title, links, buttons) above what it shows. */
export function ConsolePage({ className, signedIn, children, ...toolbar }: ConsolePageProps) {
  return (
    <ConsoleShell className={className}>
      {signedIn ? (
        <>
          <ConsoleToolbar {...toolbar} />
          {children}
        </>
      ) : null}
    </ConsoleShell>
  )
}
