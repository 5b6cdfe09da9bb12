import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  AUDIT_ACTION_LABELS,
  MEMBER_KIND_LABELS,
  ROSTER_COLUMNS,
  STANDING_LABELS,
  RosterField,
} from '../../../../types/member'
import { EmptyState } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import type { MemberDetail } from '../../../../types/member'
import { getOrgTree } from '../../../services/org'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { OrgNode } from '../../../../types/org'
import { CasePage } from '../../components/CasePage'
import { FactRow, type FactRowProps } from '../../components/FactRow'
import { MemberActions, type BranchChoice } from '../../components/MemberActions'
import { MemberStatusTag, PhoneUnverifiedTag, RosterMatchTag } from '../../components/MemberTags'
import { useCase } from '../../hooks/use-case'
import { useConsoleUser } from '../../hooks/use-console-user'
import { adminMemberUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

/** Branches and general branches, limited to a secretary's own when `mine` is given. */
function branchChoices(tree: OrgNode[], mine: string[] | null): BranchChoice[] {
  const all = tree
    .filter((org) => org.level === 'branch' || org.level === 'general')
    .map((org) => ({
      orgId: org.orgId,
      name: org.level === 'general' ? `${org.name}（党总支）` : org.name,
    }))
  const own = mine ? all.filter((b) => mine.includes(b.orgId)) : all
  return own.length ? own : all
}

export default function AdminMemberPage() {
  const detail = useCase(adminMemberUrl, (userId) => api.member.get({ userId }), 'userId')
  const { signedIn, loaded } = detail
  const { me, committee } = useConsoleUser(signedIn)
  const pending = loaded.data?.status === 'pending'
  const tree = useRemoteData(getOrgTree, [], signedIn && pending)

  const branches = tree.data
    ? branchChoices(tree.data, committee ? null : (me.data?.orgIds ?? null))
    : []
  const branchesNote = tree.loading
    ? '正在加载党组织…'
    : tree.error
      ? `党组织加载失败：${tree.error.message}`
      : tree.data && !branches.length
        ? '还没有党支部，请先在“党组织架构”中建立'
        : undefined

  const done = (message: string) => {
    Taro.showToast({ title: message, icon: 'success' })
    loaded.reload()
  }

  return (
    <CasePage
      className="member-detail"
      item={detail}
      missingId="缺少登记编号"
      status={(member) => member.status}
      main={(member) => (
        <>
          <MemberSummary member={member} />
          <RosterComparison member={member} />
          <MemberHistory member={member} />
        </>
      )}
      actionsTitle="审核"
      actions={(member) => (
        <MemberActions
          key={member.status}
          member={member}
          isAdmin={committee}
          branches={branches}
          branchesNote={branchesNote}
          onDone={done}
        />
      )}
    />
  )
}

function MemberHistory({ member }: { member: MemberDetail }) {
  return (
    <View className="section card member-history">
      <Text className="section__title">审核记录</Text>
      {member.history.length === 0 ? <EmptyState text="暂无记录" /> : null}
      {member.history.map((entry, i) => (
        <View key={`${entry.at}-${i}`} className="member-history__item" data-action={entry.action}>
          <View className="member-history__head">
            <Text className="member-history__action">{AUDIT_ACTION_LABELS[entry.action]}</Text>
            <Text className="member-history__by">{entry.by}</Text>
            <Text className="console-table__muted member-history__at">
              {formatShanghai(entry.at)}
            </Text>
          </View>
          {entry.reason ? (
            <Text className="member-history__reason">原因：{entry.reason}</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}

function MemberSummary({ member }: { member: MemberDetail }) {
  const call = () => {
    Taro.makePhoneCall({ phoneNumber: member.phone }).catch(() => undefined)
  }
  return (
    <View className="card member-summary">
      <View className="member-summary__head">
        <Text className="member-summary__name">{member.realName}</Text>
        <MemberStatusTag status={member.status} className="member-detail__status" />
      </View>
      <Fact label="性别" value={member.gender} name="gender" />
      <View className="member-fact member-fact--phone">
        <Text className="member-fact__label">手机号</Text>
        <Text className="member-fact__value member-detail__phone">{member.phone}</Text>
        <Text className="console-link member-detail__call" onClick={call}>
          拨打
        </Text>
      </View>
      <Fact label="入党时间" value={member.joinedOn} name="joined" />
      <Fact label="党员身份" value={STANDING_LABELS[member.standing]} name="standing" />
      <Fact label="组织关系所在单位" value={member.recordOrg} name="record-org" />
      <Fact label="党员类别" value={MEMBER_KIND_LABELS[member.kind]} name="kind" />
      <Fact
        label="组织关系"
        value={member.transferred ? '已转入本商圈' : '未转入本商圈'}
        name="transferred"
      />
      <Fact label="所在店铺" value={member.shop?.name ?? '未填写'} name="shop" />
      <Fact label="岗位" value={member.post} name="post" />
      <Fact
        label="技能特长"
        value={member.skills.length ? member.skills.join('、') : '未填写'}
        name="skills"
      />
      <Fact label="所属支部" value={member.branch?.name ?? '未分配'} name="branch" />
      <Fact label="亮身份" value={member.showStatus ? '已亮明身份' : '未亮明'} name="show" />
      <Fact label="提交时间" value={formatShanghai(member.submittedAt)} name="submitted" />
      {member.rejectReason ? (
        <Fact
          label={member.status === 'revoked' ? '撤销原因' : '退回原因'}
          value={member.rejectReason}
          name="reason"
          alert
        />
      ) : null}
    </View>
  )
}

function Fact(props: Omit<FactRowProps, 'block'>) {
  return <FactRow block="member-fact" {...props} />
}

const COMPARED = RosterField.options

/** The registration beside the roster entry with the same phone; differing fields marked. */
function RosterComparison({ member }: { member: MemberDetail }) {
  const roster = member.roster
  return (
    <View className="section card roster-compare">
      <View className="roster-compare__head">
        <Text className="section__title roster-compare__title">花名册比对</Text>
        <RosterMatchTag match={member.rosterMatch} className="member-detail__match" />
        {!member.phoneVerified && (
          <PhoneUnverifiedTag className="member-detail__phone-unverified" />
        )}
      </View>
      {roster ? (
        <View className="roster-compare__table">
          <View className="console-table__row console-table__row--head">
            <Text className="roster-compare__field">项目</Text>
            <Text className="roster-compare__value">本人登记</Text>
            <Text className="roster-compare__value">花名册</Text>
          </View>
          {COMPARED.map((field) => {
            const differs = member.rosterDiffs.includes(field)
            return (
              <View
                key={field}
                className={`console-table__row roster-compare__row${differs ? ' roster-compare__row--diff' : ''}`}
                data-field={field}
              >
                <Text className="roster-compare__field">{ROSTER_COLUMNS[field]}</Text>
                <Text className="roster-compare__value roster-compare__mine">
                  {member[field] || '—'}
                </Text>
                <Text className="roster-compare__value roster-compare__roster">
                  {roster[field] || '未填写'}
                </Text>
              </View>
            )
          })}
          <Text className="console-form__hint">
            按手机号在花名册中查找；标红的项目与花名册不一致。
          </Text>
        </View>
      ) : (
        <Text className="console-table__muted roster-compare__none">
          花名册中没有这个手机号。可导入最新花名册后再比对，或与本人电话核实。
        </Text>
      )}
    </View>
  )
}
