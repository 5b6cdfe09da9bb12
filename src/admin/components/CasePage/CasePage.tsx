import { useContext, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ConsoleShell } from '../ConsoleShell'
import { ErrorState, LoadStates, type LoadErrorMessages } from '../../../components/StateViews'
import type { Case } from '../../hooks/use-case'
import { DeskDetailContext } from '../../desk-detail'
import './CasePage.scss'

export type CasePageProps<T> = {
  /** The page's block class, e.g. `admin-wish`. */
  className: string
  item: Case<T>
  /** What the page says when opened without the case's id, e.g. 缺少心愿编号. */
  missingId: string
  /** What a failed load says for some codes, when the server's message is not the best. */
  errorMessages?: LoadErrorMessages
  /** The case's status, as the layout's `data-status`. */
  status: (item: T) => string
  /** The case itself: what it says and what has happened to it. */
  main: (item: T) => ReactNode
  /** The title of the card beside it: 办理 unless given (审核). */
  actionsTitle?: string
  /** What may be done with it next, in the card beside it. */
  actions: (item: T) => ReactNode
}

/** A console page for one case: the case on the left, 办理 on the right (below on a narrow screen). */
export function CasePage<T>(props: CasePageProps<T>) {
  const { className, actionsTitle = '办理' } = props
  const { id, signedIn, loaded, current } = props.item
  // Beside a list the case needs no frame of its own.
  const Frame = useContext(DeskDetailContext) ? PanelFrame : ConsoleShell
  if (!signedIn || !id) {
    return (
      <Frame className={className}>
        {signedIn ? <ErrorState message={props.missingId} /> : null}
      </Frame>
    )
  }
  return (
    <Frame className={className}>
      <LoadStates loaded={loaded} showLoading={!current} messages={props.errorMessages} />
      {current ? (
        <View className="case-page" data-status={props.status(current)}>
          <View className="case-page__main">{props.main(current)}</View>
          <View className="case-page__side">
            <View className="card">
              <Text className="section__title">{actionsTitle}</Text>
              {props.actions(current)}
            </View>
          </View>
        </View>
      ) : null}
    </Frame>
  )
}

function PanelFrame({ className, children }: { className: string; children?: ReactNode }) {
  return <View className={`case-panel ${className}`}>{children}</View>
}
