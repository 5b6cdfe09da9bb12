import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ACTIVITY_RULES, type ActivityView } from '../../../../types/activity'
import { ROUTES, activityUrl, withQuery } from '../../../../types/pages'
import { loginUrl } from '../../../constants/routes'
import { LinkButton } from '../../../components/LinkButton'
import { LoadStates } from '../../../components/StateViews'
import { showError, useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useSubscribeAsk } from '../../../hooks/use-subscribe-ask'
import { api } from '../../../services/call-function'
import { toApiError } from '../../../services/api-error'
import { isSignedIn } from '../../../services/session'
import { StoredImage } from '../../../components/StoredImage'
import { WeChatHandover } from '../../../components/WeChatHandover'
import { useDemoMode } from '../../../hooks/use-sign-in-or-handover'
import { readParam } from '../../../utils/params'
import { ActivityShell } from '../../components/ActivityShell'
import { ActivityStateTag } from '../../components/ActivityStateTag'
import { FactRows, type Fact } from '../../components/FactRows'
import { ACTIVITY_CATEGORIES, activityTime, myStatusText } from '../../labels'
import './index.scss'

/** The server's answer to a sign-up by someone who has not registered as a volunteer yet. */
const NOT_VOLUNTEER = '登记为志愿者'

/** A button that opens another page; `className` also keys it. */
type PageLink = { className: string; label: string; url: string; fill?: 'outline' }

/** 扫码签到 / 扫码签退: the check-in page, opened for what the server allows now. */
const SCANS: (Omit<PageLink, 'url'> & { kind: 'checkIn' | 'checkOut' })[] = [
  { kind: 'checkIn', className: 'activity-page__check-in', label: '扫码签到' },
  { kind: 'checkOut', className: 'activity-page__check-out', label: '扫码签退', fill: 'outline' },
]

/** The leader's pages for this activity. */
function leaderLinks(activityId: string): PageLink[] {
  return [
    {
      className: 'activity-page__show-code',
      label: '出示签到码',
      url: withQuery(ROUTES.checkInCode, { id: activityId }),
    },
    {
      className: 'activity-page__roster',
      label: '名单与出勤',
      url: withQuery(ROUTES.activityRoster, { id: activityId }),
      fill: 'outline',
    },
  ]
}

function consentUrl(activityId: string): string {
  return withQuery(ROUTES.volunteerConsent, { redirect: activityUrl(activityId) })
}

/** Within the free-cancel cut-off before the start, a cancel is recorded as a late cancel. */
function cancelIsLate(a: ActivityView): boolean {
  return Date.now() > Date.parse(a.startAt) - ACTIVITY_RULES.freeCancelHours * 3600_000
}

/** One activity: details, places, my standing, and only the actions the server allows now. */
export default function ActivityPage() {
  const { params } = useRouter()
  const activityId = readParam(params.id)
  const loaded = useRemoteData(() => api.activity.get({ activityId }), [activityId], !!activityId)
  const [activity, setActivity] = useState<ActivityView>()
  const [joining, setJoining] = useState(false)
  const leave = useAction(api.activity.cancelSignUp)
  const joinKey = useIdempotencyKey()
  const leaveKey = useIdempotencyKey()
  const askToSubscribe = useSubscribeAsk([
    'activity_promoted',
    'activity_starting',
    'activity_changed',
  ])
  // Back from the consent page or from checking in.
  useReloadOnReturn(loaded.reload)

  useEffect(() => {
    if (loaded.data) setActivity(loaded.data)
  }, [loaded.data])

  const refresh = async () => setActivity(await api.activity.get({ activityId }))

  const doSignUp = async () => {
    askToSubscribe()
    setJoining(true)
    try {
      const result = await api.activity.signUp({ activityId }, { idempotencyKey: joinKey.key })
      joinKey.renew()
      Taro.showToast({
        title: result.status === 'confirmed' ? '报名成功' : `已进入候补，第 ${result.position} 位`,
        icon: 'none',
      })
      await refresh()
    } catch (err) {
      const error = toApiError(err)
      if (error.message.includes(NOT_VOLUNTEER)) {
        Taro.navigateTo({ url: consentUrl(activityId) })
        return
      }
      showError(error)
    } finally {
      setJoining(false)
    }
  }

  const doCancel = async (a: ActivityView) => {
    const late = a.mine?.status === 'confirmed' && cancelIsLate(a)
    const answer = await Taro.showModal({
      title: '取消报名',
      content: late
        ? `距活动开始已不足 ${ACTIVITY_RULES.freeCancelHours} 小时，现在取消将记为临时取消。确定取消吗？`
        : '取消后名额会让给候补的志愿者。确定取消报名吗？',
      confirmText: '取消报名',
      cancelText: '再想想',
    })
    if (!answer.confirm) return
    const result = await leave.run({ activityId }, { idempotencyKey: leaveKey.key })
    if (!result) return
    leaveKey.renew()
    Taro.showToast({ title: result.late ? '已取消（记为临时取消）' : '已取消报名', icon: 'none' })
    await refresh()
  }

  return (
    <ActivityShell className="activity-page" activityId={activityId}>
      <LoadStates loaded={loaded} messages={{ NOT_FOUND: '活动不存在' }} />
      {activity ? (
        <ActivityBody
          activity={activity}
          pending={joining || leave.pending}
          onSignUp={doSignUp}
          onCancel={() => doCancel(activity)}
        />
      ) : null}
    </ActivityShell>
  )
}

type BodyProps = {
  activity: ActivityView
  pending: boolean
  onSignUp: () => void
  onCancel: () => void
}

function ActivityBody({ activity: a, pending, onSignUp, onCancel }: BodyProps) {
  const can = a.can
  const lead = can.includes('lead')
  const mineActive = a.mine && ['confirmed', 'waitlisted'].includes(a.mine.status)
  // On h5 without a token: the demo's sign-in, or (where nobody signs in on the web) the hand-over.
  const demo = useDemoMode(!isSignedIn())
  return (
    <View>
      {a.cover ? <StoredImage className="activity-page__cover" fileId={a.cover} /> : null}
      <View className="card activity-page__head">
        <View className="activity-page__title-row">
          <Text className="activity-page__title">{a.title}</Text>
          <ActivityStateTag state={a.state} />
        </View>
        <Text className="activity-page__category">{ACTIVITY_CATEGORIES[a.category]}</Text>
        {a.state === 'cancelled' && a.cancelReason ? (
          <Text className="activity-page__cancel-reason">取消原因：{a.cancelReason}</Text>
        ) : null}
        <FactRows row="activity-row" owner="activity-page" facts={factsOf(a)} />
      </View>

      <View className="section card activity-page__places">
        <Text className="activity-page__places-count">
          已报名 {a.confirmed}/{a.capacity}
        </Text>
        <Text className="activity-page__waitlist">候补 {a.waitlisted} 人</Text>
      </View>

      {a.mine ? (
        <View className="section card activity-page__mine">
          <Text className="activity-page__mine-label">我的状态</Text>
          <Text className={`activity-page__mine-status my-status--${a.mine.status}`}>
            {myStatusText(a.mine)}
          </Text>
          {a.mine.hours !== null && a.hoursConfirmedAt ? (
            <Text className="activity-page__mine-hours">服务时长 {a.mine.hours} 小时</Text>
          ) : null}
        </View>
      ) : null}

      <View className="section card activity-page__about">
        <Text className="section__title">服务内容</Text>
        <Text className="activity-page__description">{a.description}</Text>
        {a.notes ? (
          <>
            <Text className="section__title activity-page__notes-title">注意事项</Text>
            <Text className="activity-page__notes">{a.notes}</Text>
          </>
        ) : null}
      </View>

      <View className="section activity-page__actions">
        {can.includes('signUp') ? (
          <Button
            className="activity-page__sign-up"
            type="primary"
            block
            loading={pending}
            onClick={onSignUp}
          >
            {a.confirmed >= a.capacity ? '报名候补' : '报名'}
          </Button>
        ) : null}
        {!can.includes('signUp') && a.signUpBlocked?.includes(NOT_VOLUNTEER) ? (
          <LinkButton
            className="activity-page__sign-up activity-page__register"
            type="primary"
            block
            url={consentUrl(a.activityId)}
          >
            登记为志愿者后报名
          </LinkButton>
        ) : null}
        {!can.includes('signUp') &&
        !mineActive &&
        a.signUpBlocked &&
        isSignedIn() &&
        !a.signUpBlocked.includes(NOT_VOLUNTEER) ? (
          <View className="activity-page__blocked">
            <Button className="activity-page__sign-up" type="primary" block disabled>
              报名
            </Button>
            <Text className="activity-page__blocked-reason">{a.signUpBlocked}</Text>
          </View>
        ) : null}
        {!isSignedIn() && a.state === 'upcoming' && demo === false ? (
          <WeChatHandover action="报名" page={ROUTES.activity} query={{ id: a.activityId }} />
        ) : null}
        {!isSignedIn() && a.state === 'upcoming' && demo ? (
          <LinkButton
            className="activity-page__sign-in"
            type="primary"
            block
            url={loginUrl(activityUrl(a.activityId))}
          >
            登录后报名
          </LinkButton>
        ) : null}
        <PageLinks
          links={SCANS.filter((scan) => can.includes(scan.kind)).map((scan) => ({
            ...scan,
            url: withQuery(ROUTES.checkIn, { kind: scan.kind }),
          }))}
        />
        {can.includes('cancel') ? (
          <Button
            className="activity-page__cancel"
            fill="outline"
            block
            loading={pending}
            onClick={onCancel}
          >
            取消报名
          </Button>
        ) : null}
        {can.includes('certificate') ? (
          <LinkButton
            className="activity-page__certificate"
            fill="outline"
            type="primary"
            block
            url={ROUTES.myVolunteering}
          >
            我的志愿与证明
          </LinkButton>
        ) : null}
      </View>

      {lead ? (
        <View className="section card activity-page__leader">
          <Text className="section__title">负责人</Text>
          <View className="activity-page__leader-buttons">
            <PageLinks links={leaderLinks(a.activityId)} />
          </View>
        </View>
      ) : null}
    </View>
  )
}

/** The details a volunteer weighs before signing up. */
function factsOf(a: ActivityView): Fact[] {
  const credit =
    a.creditHours === null ? '按实际服务时间计（不超过活动时长）' : `${a.creditHours} 小时`
  return [
    { name: 'time', label: '时间', value: activityTime(a.startAt, a.endAt) },
    { name: 'place', label: '地点', value: a.place.address },
    { name: 'organiser', label: '组织单位', value: a.organiser },
    { name: 'leaders', label: '负责人', value: a.leaders.join('、') || '—' },
    { name: 'audience', label: '报名范围', value: a.audience },
    {
      name: 'sign-up-window',
      label: '报名时间',
      value: activityTime(a.signUpOpensAt, a.signUpClosesAt),
    },
    { name: 'credit', label: '服务时长', value: credit },
    { name: 'insured', label: '保险', value: a.insured ? '已为志愿者购买保险' : '未购买保险' },
  ]
}

function PageLinks({ links }: { links: PageLink[] }) {
  return (
    <>
      {links.map((link) => (
        <LinkButton
          key={link.className}
          className={link.className}
          type="primary"
          fill={link.fill}
          block
          url={link.url}
        >
          {link.label}
        </LinkButton>
      ))}
    </>
  )
}
