import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { SIGN_UP_STATUSES, type RosterEntry } from '../../../../types/activity'
import { ROUTES, withQuery } from '../../../../types/pages'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { showError } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import { toApiError } from '../../../services/api-error'
import { readParam } from '../../../utils/params'
import { ActivityHead } from '../../components/ActivityHead'
import { ActivityShell } from '../../components/ActivityShell'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { ATTENDANCE_MARKS, clock } from '../../labels'
import { AttendanceForm } from './AttendanceForm'
import { CorrectionItem } from './CorrectionItem'
import './index.scss'

/** The most pending corrections read at once; a leader rarely has more. */
const CORRECTIONS_PAGE = 50

const ASK_CONFIRM = {
  title: '确认服务时长',
  content:
    '确认后将按名单中的时长生成志愿服务记录，志愿者会收到通知。之后的修改须走更正申请。确定吗？',
  confirmText: '确认时长',
}

/** 拨打: the full number is fetched (and audited) only when the leader taps. */
async function callVolunteer(activityId: string, userId: string) {
  try {
    const { phone } = await api.activity.contact({ activityId, userId })
    if (process.env.TARO_ENV === 'weapp') {
      await Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
    } else {
      window.location.href = `tel:${phone}`
    }
  } catch (err) {
    showError(toApiError(err))
  }
}

/** 名单与出勤: the leader's roster, attendance by hand, hours confirmation and corrections. */
export default function RosterPage() {
  const { params } = useRouter()
  const activityId = readParam(params.id)
  const signedIn = useRequireSignIn(withQuery(ROUTES.activityRoster, { id: activityId }))
  const ready = signedIn && !!activityId
  const activity = useRemoteData(() => api.activity.get({ activityId }), [activityId], ready)
  const loaded = useRemoteData(() => api.activity.roster({ activityId }), [activityId], ready)
  const pending = useRemoteData(
    async () =>
      (await api.activity.corrections({ pageSize: CORRECTIONS_PAGE })).list.filter(
        (c) => c.activityId === activityId,
      ),
    [activityId],
    ready,
  )
  const [roster, setRoster] = useState<ActionOutput<'activity', 'roster'>>()
  const [editing, setEditing] = useState<string>()

  useEffect(() => {
    if (loaded.data) setRoster(loaded.data)
  }, [loaded.data])

  const confirmed = (done: { records: number; hours: number }) => {
    Taro.showToast({ title: `已确认 ${done.records} 条记录，共 ${done.hours} 小时`, icon: 'none' })
    loaded.reload()
    activity.reload()
  }

  const a = activity.data
  const day = a ? formatShanghai(a.startAt, 'YYYY-MM-DD') : ''
  const ended = a?.state === 'ended'
  const confirmedAt = roster?.hoursConfirmedAt ?? a?.hoursConfirmedAt ?? null
  return (
    <ActivityShell className="roster-page" activityId={activityId} signedIn={signedIn}>
      {a ? (
        <ActivityHead block="roster-page" activity={a}>
          {roster ? (
            <Text className="roster-page__counts">
              已报名 {roster.confirmed}/{a.capacity} · 候补 {roster.waitlisted} 人
            </Text>
          ) : null}
          {confirmedAt ? (
            <Text className="roster-page__confirmed">
              时长已于 {formatShanghai(confirmedAt)} 确认
            </Text>
          ) : null}
        </ActivityHead>
      ) : null}

      <LoadStates loaded={loaded} messages={{ FORBIDDEN: '只有活动负责人可以查看名单' }} />

      {roster ? (
        <View className="section roster-list">
          {roster.list.length === 0 ? <EmptyState text="还没有人报名" /> : null}
          {roster.list.map((entry) => (
            <EntryCard
              key={entry.userId}
              entry={entry}
              editing={editing === entry.userId}
              canEdit={!confirmedAt}
              onCall={() => callVolunteer(activityId, entry.userId)}
              onEdit={() => setEditing(editing === entry.userId ? undefined : entry.userId)}
              form={
                <AttendanceForm
                  activityId={activityId}
                  day={day}
                  entry={entry}
                  onDone={(next) => {
                    setRoster(next)
                    setEditing(undefined)
                    Taro.showToast({ title: '出勤已登记', icon: 'none' })
                  }}
                />
              }
            />
          ))}
        </View>
      ) : null}

      {roster && ended && !confirmedAt ? (
        <ConfirmButton
          className="section roster-page__confirm"
          type="primary"
          ask={ASK_CONFIRM}
          send={(options) => api.activity.confirmHours({ activityId }, options)}
          onDone={confirmed}
        >
          确认时长
        </ConfirmButton>
      ) : null}
      {roster && a && !ended && a.state !== 'cancelled' ? (
        <Text className="section roster-page__confirm-hint">活动结束后可确认服务时长</Text>
      ) : null}

      {pending.data?.length ? (
        <View className="section card roster-page__corrections">
          <Text className="section__title">更正申请</Text>
          {pending.data.map((item) => (
            <CorrectionItem key={item.recordId} item={item} onDone={pending.reload} />
          ))}
        </View>
      ) : null}
    </ActivityShell>
  )
}

type EntryProps = {
  entry: RosterEntry
  editing: boolean
  /** Attendance is set by hand only until the hours are confirmed (then through a correction). */
  canEdit: boolean
  onCall: () => void
  onEdit: () => void
  form: React.ReactNode
}

function EntryCard({ entry: e, editing, canEdit, onCall, onEdit, form }: EntryProps) {
  const status =
    e.status === 'waitlisted' ? `候补第 ${e.position ?? '?'} 位` : SIGN_UP_STATUSES[e.status]
  return (
    <View className={`roster-entry roster-entry--${e.status}`} data-user-id={e.userId}>
      <View className="roster-entry__head">
        <Text className="roster-entry__name">{e.name}</Text>
        <Text className="roster-entry__phone">{e.phone}</Text>
        <Button className="roster-entry__call" size="small" fill="outline" onClick={onCall}>
          拨打
        </Button>
      </View>
      <View className="roster-entry__facts">
        <Text className="roster-entry__status">
          {status}
          {e.lateCancel ? '（临时取消）' : ''}
        </Text>
        <Text className="roster-entry__attendance">
          {e.attendance ? ATTENDANCE_MARKS[e.attendance] : '未登记出勤'}
          {e.manual ? '（手工登记）' : ''}
        </Text>
        <Text className="roster-entry__times">
          签到 {clock(e.checkInAt)} · 签退 {clock(e.checkOutAt)}
        </Text>
        <Text className="roster-entry__hours">{e.hours} 小时</Text>
        {e.missingCheckOut ? <Text className="roster-entry__missing">未签退</Text> : null}
        {e.checkInAt && !e.located && !e.manual ? (
          <Text className="roster-entry__unlocated">未定位</Text>
        ) : null}
      </View>
      {e.status === 'confirmed' && canEdit ? (
        <Text className="roster-entry__edit" onClick={onEdit}>
          {editing ? '收起' : '登记出勤'}
        </Text>
      ) : null}
      {editing && canEdit ? form : null}
    </View>
  )
}
