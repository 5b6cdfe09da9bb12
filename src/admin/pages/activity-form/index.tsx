import { useRouter } from '@tarojs/taro'
import { ConsoleShell } from '../../components/ConsoleShell'
import { ErrorState, LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { getOrgTree } from '../../../services/org'
import { readParam } from '../../../utils/params'
import type { BranchOption } from '../../components/AudienceField'
import { activityFormUrl } from '../../routes'
import { ActivityForm } from './ActivityForm'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

/** Branches and general branches of the tree; a secretary's own only. */
async function loadBranches(): Promise<BranchOption[]> {
  const [tree, me] = await Promise.all([getOrgTree(), api.user.me()])
  const committee = me.roles.includes('admin')
  return tree
    .filter((org) => org.level === 'branch' || org.level === 'general')
    .filter((org) => committee || me.orgIds.includes(org.orgId))
    .map((org) => ({ orgId: org.orgId, name: org.name }))
}

/** 发布活动 and 编辑活动 (`?id=`): every field of an activity, and 取消活动 for one being edited. */
export default function ActivityFormPage() {
  const { params } = useRouter()
  const activityId = readParam(params.id)
  const signedIn = useConsoleGate(activityFormUrl(activityId))
  const existing = useRemoteData(
    () => api.activity.get({ activityId }),
    [activityId],
    signedIn && !!activityId,
  )
  const branches = useRemoteData(loadBranches, [], signedIn)

  if (!signedIn) return <ConsoleShell className="activity-form-page" />
  if (activityId && !existing.data) {
    return (
      <ConsoleShell className="activity-form-page">
        <LoadStates loaded={existing} messages={{ NOT_FOUND: '活动不存在' }} />
      </ConsoleShell>
    )
  }
  if (existing.data && !existing.data.can.includes('edit')) {
    return (
      <ConsoleShell className="activity-form-page">
        <ErrorState
          message={
            existing.data.state === 'cancelled'
              ? '活动已取消，不能再修改'
              : existing.data.state === 'ended'
                ? '活动已结束，不能再修改'
                : '您不能修改这个活动'
          }
        />
      </ConsoleShell>
    )
  }
  return (
    <ConsoleShell className="activity-form-page">
      <ActivityForm existing={existing.data} branches={branches} />
    </ConsoleShell>
  )
}
