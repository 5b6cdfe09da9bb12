import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/PageShell'
import { RoleTags } from '../../../components/RoleTags'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { signOutHere } from '../../../services/auth'
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
 * On a phone and on weapp it is the page alone, under the platform's own title bar. The page sits
 * at the same place in the tree either way, so turning a tablet across 1024 px keeps what was typed.
 */
export function ConsoleShell({ className, children }: ConsoleShellProps) {
  const desk = useDesk()
  const me = useRemoteData(api.user.me, [], desk)
  const overview = useRemoteData(api.district.overview, [], desk)
  const frame = {
    path: currentPath(),
    roles: me.data?.roles ?? [],
    nickname: me.data?.nickname,
    district: overview.data,
  }
  return (
    <PageShell className={`${className}${desk ? ' console-shell--desk' : ''}`} width="wide">
      <View className={desk ? 'console-frame' : 'console-frame--phone'}>
        {desk ? <ConsoleSide {...frame} /> : null}
        <View className="console-frame__main">
          {desk ? <ConsoleHeader {...frame} /> : null}
          <View className="console-frame__content">{children}</View>
        </View>
      </View>
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

type FrameProps = {
  path: string
  roles: readonly string[]
  nickname: string | undefined
  district: { name: string; committeeName: string } | undefined
}

function ConsoleSide({ path, roles, district }: FrameProps) {
  const section = sectionOf(path)
  const sections = CONSOLE_SECTIONS.filter((s) => mayOpen(s.url, roles))
  const groups = [...new Set(sections.map((s) => s.group))]
  return (
    <View className="console-side">
      <Text className="console-side__brand">{district?.committeeName ?? '商圈党委'}</Text>
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
  )
}

/** Ends this desktop's session (on the server too) and goes to the sign-in page. */
async function leave() {
  await signOutHere()
  Taro.reLaunch({ url: ROUTES.login })
}

function ConsoleHeader({ path, roles, nickname, district }: FrameProps) {
  const section = sectionOf(path)
  const title = pageTitle()
  const trail = [
    ...(section ? [{ label: section.title, url: section.url }] : []),
    ...(title && title !== section?.title && path !== CONSOLE_HOME.url
      ? [{ label: title, url: '' }]
      : []),
  ]
  return (
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
        {district ? <Text className="console-header__district">{district.name}</Text> : null}
        {nickname ? <Text className="console-header__name">{nickname}</Text> : null}
        <RoleTags roles={roles.filter((r) => r !== 'public')} />
        <Text className="console-header__home" onClick={() => Taro.reLaunch({ url: ROUTES.home })}>
          返回首页
        </Text>
        <Text className="console-header__sign-out" onClick={leave}>
          退出登录
        </Text>
      </View>
    </View>
  )
}
