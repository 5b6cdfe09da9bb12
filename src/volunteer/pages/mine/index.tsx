import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROUTES, withQuery } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { FigureTiles } from '../../../components/FigureTiles'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { LoadStates } from '../../../components/StateViews'
import { showError } from '../../../hooks/use-action'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import { toApiError } from '../../../services/api-error'
import { saveDocument } from '../../../services/files'
import { formatShanghai } from '../../../../types/shanghai-time'
import { ActivityCard } from '../../components/ActivityCard'
import { RecordCard } from '../../components/RecordCard'
import { starsText } from '../../labels'
import './index.scss'

const PAGE_SIZE = 10

/** 我的志愿: hours and stars, upcoming sign-ups, service records, corrections, certificates. */
export default function MyVolunteeringPage() {
  const signedIn = useRequireSignIn(ROUTES.myVolunteering)
  const volunteer = useRemoteData(api.volunteer.mine, [], signedIn)
  const upcoming = usePagedList(
    (page) => api.activity.mine({ when: 'upcoming', page, pageSize: PAGE_SIZE }),
    [],
    signedIn,
  )
  const led = usePagedList(
    (page) => api.activity.led({ when: 'upcoming', page, pageSize: PAGE_SIZE }),
    [],
    signedIn,
  )
  const [totals, setTotals] = useState<{ totalHours: number; yearHours: number; stars: number }>()
  const records = usePagedList(
    async (page) => {
      const res = await api.activity.myRecords({ page, pageSize: PAGE_SIZE })
      setTotals({ totalHours: res.totalHours, yearHours: res.yearHours, stars: res.stars })
      return res
    },
    [],
    signedIn,
  )
  // Which certificate is being made: 'all', or an activity's id.
  const [downloading, setDownloading] = useState<string>()
  useReloadOnReturn(() => {
    volunteer.reload()
    upcoming.reload()
    led.reload()
    records.reload()
  })

  const download = async (activityId?: string) => {
    setDownloading(activityId ?? 'all')
    try {
      const cert = await api.activity.certificate(activityId ? { activityId } : {})
      await saveDocument(cert.file, 'pdf')
      Taro.showToast({ title: `证明已生成，编号 ${cert.serial}`, icon: 'none', duration: 3000 })
    } catch (err) {
      showError(toApiError(err))
    } finally {
      setDownloading(undefined)
    }
  }

  if (!signedIn) return <PageShell className="my-volunteering" />
  const profile = volunteer.data?.profile
  return (
    <PageShell className="my-volunteering">
      <LoadStates loaded={volunteer} />
      {volunteer.data ? (
        <View className="card my-volunteering__profile">
          {profile ? (
            <>
              <View className="my-volunteering__name-row">
                <Text className="my-volunteering__name">{profile.realName}</Text>
                <Text className="my-volunteering__stars">
                  {(totals?.stars ?? profile.stars) > 0
                    ? starsText(totals?.stars ?? profile.stars)
                    : '累计满 100 小时可评星'}
                </Text>
              </View>
              {profile.pausedUntil ? (
                <Text className="my-volunteering__paused">
                  报名已暂停至 {formatShanghai(profile.pausedUntil, 'YYYY-MM-DD')}
                  {profile.pauseReason ? `：${profile.pauseReason}` : ''}
                </Text>
              ) : null}
              <Text
                className="my-volunteering__edit"
                onClick={() => Taro.navigateTo({ url: ROUTES.volunteerConsent })}
              >
                修改资料 / 撤回同意 ›
              </Text>
            </>
          ) : (
            <>
              <Text className="my-volunteering__unregistered">您还不是登记的志愿者</Text>
              <Button
                className="my-volunteering__register"
                type="primary"
                size="small"
                onClick={() =>
                  Taro.navigateTo({
                    url: withQuery(ROUTES.volunteerConsent, { redirect: ROUTES.myVolunteering }),
                  })
                }
              >
                登记为志愿者
              </Button>
            </>
          )}
        </View>
      ) : null}

      <View className="section my-volunteering__hours">
        <FigureTiles
          tiles={[
            {
              key: 'year-hours',
              label: '本年时长（小时）',
              value: totals?.yearHours ?? profile?.yearHours ?? 0,
            },
            {
              key: 'total-hours',
              label: '累计时长（小时）',
              value: totals?.totalHours ?? profile?.totalHours ?? 0,
            },
          ]}
        />
      </View>

      {led.items.length ? (
        <View className="section my-volunteering__led">
          <Text className="section__title">我负责的活动</Text>
          <LoadMoreList
            name="my-led"
            list={led}
            item={(a) => <ActivityCard key={a.activityId} activity={a} />}
            empty="暂无负责的活动"
          />
        </View>
      ) : null}

      <View className="section my-volunteering__upcoming">
        <View className="my-volunteering__section-head">
          <Text className="section__title">即将参加</Text>
          <Text
            className="my-volunteering__browse"
            onClick={() => Taro.navigateTo({ url: ROUTES.activities })}
          >
            找活动 ›
          </Text>
        </View>
        <LoadMoreList
          name="my-upcoming"
          list={upcoming}
          item={(a) => <ActivityCard key={a.activityId} activity={a} mine={a.mine} />}
          empty="还没有报名的活动"
          emptyHint="去“志愿服务”看看最近的活动"
        />
      </View>

      <View className="section my-volunteering__records">
        <View className="my-volunteering__section-head">
          <Text className="section__title">服务记录</Text>
          {records.items.length ? (
            <Button
              className="my-volunteering__certificate"
              size="small"
              type="primary"
              loading={downloading === 'all'}
              onClick={() => download()}
            >
              下载志愿服务证明
            </Button>
          ) : null}
        </View>
        <LoadMoreList
          name="my-records"
          list={records}
          item={(r) => (
            <RecordCard
              key={r.recordId}
              record={r}
              downloading={downloading === r.activityId}
              onCertificate={download}
            />
          )}
          empty="还没有服务记录"
          emptyHint="参加活动并由负责人确认时长后，记录会出现在这里"
          end={(total) => `共 ${total} 条记录`}
        />
      </View>
    </PageShell>
  )
}
