// 操作日志: every decision of the committee, the secretaries and activity leaders — who, when, what,
// on what, why — filtered by person, kind and period, and exported as it is filtered.
import type { TimeOrder } from '../../../../types/common'
import { Text, View } from '@tarojs/components'
import {
  AUDIT_KINDS,
  AUDIT_SUBJECTS,
  type AuditKind,
  type AuditEntry,
} from '../../../../types/audit'
import { formatShanghai } from '../../../../types/shanghai-time'
import { FilterChips, type FilterOption } from '../../../components/FilterChips'
import { RoleTags } from '../../../components/RoleTags'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { saveDocument } from '../../../services/files'
import type { Role } from '../../../../types/roles'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { TableHead, timeOrder } from '../../components/TableHead'
import { actionButton } from '../../components/ConsoleToolbar'
import { useConsoleList } from '../../hooks/use-console-list'
import { PeriodPicker, type PickedPeriod } from '../../components/PeriodPicker'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const KIND_OPTIONS: FilterOption<AuditKind>[] = [
  { value: undefined, label: '全部类型' },
  ...(Object.keys(AUDIT_KINDS) as AuditKind[]).map((kind) => ({
    value: kind,
    label: AUDIT_KINDS[kind],
  })),
]

/** The committee and the secretaries: the people whose decisions the log holds. */
async function loadStaff(): Promise<FilterOption<string>[]> {
  const [admins, secretaries] = await Promise.all([
    api.user.list({ role: 'admin', pageSize: 50 }),
    api.user.list({ role: 'secretary', pageSize: 50 }),
  ])
  const people = new Map(
    [...admins.list, ...secretaries.list].map((u) => [u.userId, u.nickname] as const),
  )
  return [
    { value: undefined, label: '全部人员' },
    ...[...people].map(([value, label]) => ({ value, label })),
  ]
}

type Filter = { by?: string; kind?: AuditKind; period: PickedPeriod; order?: TimeOrder }

/** What the server is asked for: the period only when one is picked. */
function filterInput({ by, kind, period }: Filter) {
  return { by, kind, ...(period.preset === 'all' ? {} : { from: period.from, to: period.to }) }
}

const ANY_TIME: PickedPeriod = { preset: 'all', from: '', to: '' }

const COLUMNS = { at: '时间', by: '操作人', what: '操作', subject: '对象', reason: '原因' }
const EXPORT = { className: 'audit-log__export', label: '导出 Excel', primary: true }

export default function AuditLogPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.auditLog)
  const staff = useRemoteData(loadStaff, [], signedIn)
  const { filters, filterBy, list } = useConsoleList(
    ({ page, pageSize, ...filter }: Filter & { page: number; pageSize: number }) =>
      api.audit.list({ ...filterInput(filter), order: filter.order, page, pageSize }),
    { period: ANY_TIME } as Filter,
    signedIn,
  )
  const exporting = useAction(async () =>
    saveDocument(await api.audit.export(filterInput(filters)), 'xlsx'),
  )

  return (
    <ConsolePage
      className="audit-log"
      signedIn={signedIn}
      title="操作日志"
      buttons={[actionButton(EXPORT, exporting)]}
    >
      <Text className="audit-log__intro">
        党委、支部书记和活动负责人的每一项决定都记录在此，任何人都不能修改或删除。
      </Text>
      <View className="section card audit-log__filters">
        <PeriodPicker anyTime value={filters.period} onChange={filterBy('period')} />
        <FilterChips
          name="audit-kind"
          options={KIND_OPTIONS}
          value={filters.kind}
          onChange={filterBy('kind')}
        />
        {staff.data ? (
          <FilterChips
            name="audit-person"
            options={staff.data}
            value={filters.by}
            onChange={filterBy('by')}
          />
        ) : null}
      </View>
      <View className="section card">
        <ConsoleList
          list={list}
          head={
            <TableHead
              block="audit-row"
              columns={COLUMNS}
              className="audit-row audit-row--head"
              order={timeOrder('at', filters.order, filterBy('order'))}
            />
          }
          row={(entry) => <AuditRow key={entry.entryId} entry={entry} />}
          empty="没有符合条件的记录"
          unit="条"
        />
      </View>
    </ConsolePage>
  )
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const subjectType = AUDIT_SUBJECTS[entry.subject.type as keyof typeof AUDIT_SUBJECTS]
  return (
    <View className="console-table__row audit-row" data-entry-id={entry.entryId}>
      <Text className="audit-row__at">{formatShanghai(entry.at)}</Text>
      <View className="audit-row__by">
        <Text className="audit-row__name">{entry.by.name}</Text>
        <RoleTags roles={entry.by.roles as Role[]} />
      </View>
      <View className="audit-row__what">
        <Text className="audit-row__kind">{AUDIT_KINDS[entry.kind]}</Text>
        <Text className="audit-row__summary">{entry.what}</Text>
      </View>
      <Text className="audit-row__subject">
        {subjectType ? `${subjectType}：` : ''}
        {entry.subject.label}
      </Text>
      <Text className="audit-row__reason">{entry.reason ?? '—'}</Text>
    </View>
  )
}
