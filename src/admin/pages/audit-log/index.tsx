// 操作日志: every decision of the committee, the secretaries and activity leaders — who, when, what,
// on what, why — filtered by person, kind and period, and exported as it is filtered.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AUDIT_KINDS, AUDIT_SUBJECTS, type AuditKind } from '../../../../types/audit'
import { formatShanghai } from '../../../../types/shanghai-time'
import { FilterChips, type FilterOption } from '../../../components/FilterChips'
import { PageShell } from '../../../components/PageShell'
import { RoleTags } from '../../../components/RoleTags'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { auditLog, exportAuditLog, type AuditEntry } from '../../../services/audit'
import { saveDocument } from '../../../services/files'
import { listUsers } from '../../../services/user'
import type { Role } from '../../../../types/roles'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsoleToolbar } from '../../components/ConsoleToolbar'
import { PeriodPicker, type PickedPeriod } from '../../components/PeriodPicker'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'

const PAGE_SIZE = 20

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
    listUsers({ role: 'admin', pageSize: 50 }),
    listUsers({ role: 'secretary', pageSize: 50 }),
  ])
  const people = new Map(
    [...admins.list, ...secretaries.list].map((u) => [u.userId, u.nickname] as const),
  )
  return [
    { value: undefined, label: '全部人员' },
    ...[...people].map(([value, label]) => ({ value, label })),
  ]
}

type Filter = { by?: string; kind?: AuditKind; period: PickedPeriod }

function filterInput({ by, kind, period }: Filter) {
  return { by, kind, ...(period.preset === 'all' ? {} : { from: period.from, to: period.to }) }
}

export default function AuditLogPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.auditLog)
  const [filter, setFilter] = useState<Filter>({
    period: { preset: 'all', from: '', to: '' },
  })
  const [page, setPage] = useState(1)
  const staff = useRemoteData(loadStaff, [], signedIn)
  const entries = useRemoteData(
    () => auditLog({ ...filterInput(filter), page, pageSize: PAGE_SIZE }),
    [filter, page],
    signedIn,
  )
  const exporting = useAction(async () =>
    saveDocument(await exportAuditLog(filterInput(filter)), 'xlsx'),
  )
  const refine = (change: Partial<Filter>) => {
    setFilter({ ...filter, ...change })
    setPage(1)
  }

  if (!signedIn) return <PageShell className="audit-log" width="wide" />

  return (
    <PageShell className="audit-log" width="wide">
      <ConsoleToolbar title="操作日志">
        <Button
          className="audit-log__export"
          type="primary"
          size="small"
          loading={exporting.pending}
          onClick={() => exporting.run()}
        >
          导出 Excel
        </Button>
      </ConsoleToolbar>
      <Text className="audit-log__intro">
        党委、支部书记和活动负责人的每一项决定都记录在此，任何人都不能修改或删除。
      </Text>
      <View className="section card audit-log__filters">
        <PeriodPicker anyTime value={filter.period} onChange={(period) => refine({ period })} />
        <FilterChips
          name="audit-kind"
          options={KIND_OPTIONS}
          value={filter.kind}
          onChange={(kind) => refine({ kind })}
        />
        {staff.data ? (
          <FilterChips
            name="audit-person"
            options={staff.data}
            value={filter.by}
            onChange={(by) => refine({ by })}
          />
        ) : null}
      </View>
      <View className="section card">
        <ConsoleList
          list={entries}
          head={
            <View className="console-table__row console-table__row--head audit-row audit-row--head">
              <Text className="audit-row__at">时间</Text>
              <Text className="audit-row__by">操作人</Text>
              <Text className="audit-row__what">操作</Text>
              <Text className="audit-row__subject">对象</Text>
              <Text className="audit-row__reason">原因</Text>
            </View>
          }
          row={(entry) => <AuditRow key={entry.entryId} entry={entry} />}
          empty="没有符合条件的记录"
          page={page}
          pageSize={PAGE_SIZE}
          unit="条"
          onPage={setPage}
        />
      </View>
    </PageShell>
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
