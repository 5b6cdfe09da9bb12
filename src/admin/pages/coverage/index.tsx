import { Text, View } from '@tarojs/components'
import { MEMBER_KIND_LABELS } from '../../../../types/member'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { saveMemberLedger } from '../../../services/member'
import { api } from '../../../services/call-function'
import type { Coverage } from '../../../../types/member'
import { FigureTiles, type FigureTile } from '../../../components/FigureTiles'
import { ConsolePage } from '../../components/ConsolePage'
import { actionButton } from '../../components/ConsoleToolbar'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const LINKS = [{ className: 'coverage__members', label: '党员审核', url: ADMIN_ROUTES.members }]
const LEDGER = { className: 'coverage__ledger', label: '导出党员台账（Excel）', primary: true }

function tilesOf(coverage: Coverage): FigureTile[] {
  return [
    { key: 'found', label: '找到党员', value: coverage.found.total },
    { key: 'pocket', label: MEMBER_KIND_LABELS.pocket, value: coverage.found.pocket },
    { key: 'floating', label: MEMBER_KIND_LABELS.floating, value: coverage.found.floating },
    {
      key: 'transferred',
      label: MEMBER_KIND_LABELS.transferred,
      value: coverage.found.transferred,
    },
    { key: 'pending', label: '待审核', value: coverage.pending },
    { key: 'verified', label: '已认证', value: coverage.verified },
    { key: 'rejected', label: '已退回', value: coverage.rejected },
    { key: 'showing', label: '亮身份人数', value: coverage.showingStatus },
  ]
}

export default function CoveragePage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.coverage)
  const coverage = useRemoteData(api.member.coverage, [], signedIn)
  const ledger = useAction(saveMemberLedger)

  const data = coverage.data
  const rate = data?.shops.rate ?? 0
  return (
    <ConsolePage
      className="coverage"
      signedIn={signedIn}
      title="党员覆盖情况"
      links={LINKS}
      buttons={[actionButton(LEDGER, ledger)]}
    >
      <LoadStates loaded={coverage} showLoading={!data} />
      {data ? (
        <>
          <FigureTiles tiles={tilesOf(data)} />

          <View className="section card coverage__shops">
            <Text className="section__title">党的工作覆盖率</Text>
            <Text className="coverage-rate">
              覆盖店铺 {data.shops.covered} / {data.shops.total}（{rate}%）
            </Text>
            <View className="coverage-rate__bar">
              <View className="coverage-rate__fill" style={{ width: `${Math.min(100, rate)}%` }} />
            </View>
            <Text className="console-form__hint">
              有至少一名已认证党员在岗的营业店铺 / 全部营业店铺
            </Text>
          </View>

          <View className="section card coverage__branches">
            <Text className="section__title">各支部党员</Text>
            <View className="console-table__row console-table__row--head">
              <Text className="coverage-branch__name">党组织</Text>
              <Text className="coverage-branch__count">已认证</Text>
              <Text className="coverage-branch__count">待审核</Text>
              <Text className="coverage-branch__action">台账</Text>
            </View>
            {data.branches.length === 0 ? <EmptyState text="还没有党支部" /> : null}
            {data.branches.map((branch) => (
              <View
                key={branch.orgId}
                className="console-table__row coverage-branch"
                data-org-id={branch.orgId}
              >
                <Text className="coverage-branch__name">{branch.name}</Text>
                <Text className="coverage-branch__count coverage-branch__members">
                  {branch.members} 人
                </Text>
                <Text
                  className={`coverage-branch__count coverage-branch__pending${branch.pending ? ' console-table__alert' : ''}`}
                >
                  待审 {branch.pending}
                </Text>
                <Text
                  className="console-link coverage-branch__action coverage-branch__ledger"
                  onClick={() => ledger.run(branch.orgId)}
                >
                  导出
                </Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </ConsolePage>
  )
}
