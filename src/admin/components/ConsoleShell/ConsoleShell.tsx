import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/PageShell'
import { RoleTags } from '../../../components/RoleTags'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { getOverview } from '../../../services/district'
import { getMe } from '../../../services/user'
import { ROUTES } from '../../../constants/routes'
import { mayOpen } from '../../access'
import { CONSOLE_HOME, CONSOLE_SECTIONS, sectionOf } from '../../console-sections'
import { useDesk } from './use-desk'
import './ConsoleShell.scss'

export type ConsoleShellProps = {
  /** The page's block class, e.g. `admin-shops`. */
  className: string
  children?: ReactNode
}

/**
 * A console page. At a desk (h5, 1024 px and up) it stands in a frame: the side navigation of the
 * areas the person may open, and a header with the breadcrumb, the district and who is signed in.
 * On a phone and on weapp it is the page alone, under the platform's own title bar.
 */
export function ConsoleShell({ className, children }: ConsoleShellProps) {
  const desk = useDesk()
  return (
    <PageShell className={`${className}${desk ? ' console-shell--desk' : ''}`} width="wide">
      {desk ? <ConsoleFrame>{children}</ConsoleFrame> : children}
    </PageShell>
  )
}

function currentPath(): string {
  return Taro.getCurrentInstance().router?.path?.split('?')[0] ?? ''
}

function pageTitle(): string {
  const config = Taro.getCurrentInstance().page?.config as
    { navigationBarTitleText?: string } | undefined
  return config?.navigationBarTitleText ?? ''
}

/** Moves between areas without stacking pages: the side navigation replaces the page. */
const go = (url: string) => Taro.redirectTo({ url })

function ConsoleFrame({ children }: { children?: ReactNode }) {
  const me = useRemoteData(getMe, [])
  const overview = useRemoteData(getOverview, [])
  const path = currentPath()
  const section = sectionOf(path)
  const roles = me.data?.roles ?? []
  const sections = CONSOLE_SECTIONS.filter((s) => mayOpen(s.url, roles))
  const groups = [...new Set(sections.map((s) => s.group))]
  const title = pageTitle()
  const trail = [
    ...(section ? [{ label: section.title, url: section.url }] : []),
    ...(title && title !== section?.title && path !== CONSOLE_HOME.url
      ? [{ label: title, url: '' }]
      : []),
  ]
  return (
    <View className="console-frame">
      <View className="console-side">
        <Text className="console-side__brand">{overview.data?.committeeName ?? '商圈党委'}</Text>
        <Text
          className={`console-side__item console-side__item--home${path === CONSOLE_HOME.url ? ' console-side__item--active' : ''}`}
          onClick={() => go(CONSOLE_HOME.url)}
        >
          数据看板
        </Text>
        {groups.map((group) => (
          <View key={group} className="console-side__group">
            <Text className="console-side__group-title">{group}</Text>
            {sections
              .filter((s) => s.group === group)
              .map((s) => (
                <Text
                  key={s.name}
                  className={`console-side__item console-side__item--${s.name}${s === section ? ' console-side__item--active' : ''}`}
                  onClick={() => go(s.url)}
                >
                  {s.title}
                </Text>
              ))}
          </View>
        ))}
      </View>
      <View className="console-frame__main">
        <View className="console-header">
          <View className="console-breadcrumb">
            <Text className="console-breadcrumb__item" onClick={() => go(CONSOLE_HOME.url)}>
              {CONSOLE_HOME.title}
            </Text>
            {trail.map((step) => (
              <Text
                key={step.label}
                className="console-breadcrumb__item"
                onClick={step.url ? () => go(step.url) : undefined}
              >
                {step.label}
              </Text>
            ))}
          </View>
          <View className="console-header__person">
            {overview.data ? (
              <Text className="console-header__district">{overview.data.name}</Text>
            ) : null}
            {me.data ? <Text className="console-header__name">{me.data.nickname}</Text> : null}
            <RoleTags roles={roles.filter((r) => r !== 'public')} />
            <Text
              className="console-header__home"
              onClick={() => Taro.reLaunch({ url: ROUTES.home })}
            >
              返回首页
            </Text>
          </View>
        </View>
        <View className="console-frame__content">{children}</View>
      </View>
    </View>
  )
}
