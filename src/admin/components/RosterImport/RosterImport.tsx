import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROSTER_COLUMNS } from '../../../../types/member'
import { useAction } from '../../../hooks/use-action'
import { RefusedRows } from '../RefusedRows'
import { SheetImportForm, useSheetImport } from '../SheetPicker'
import { api } from '../../../services/call-function'
import './RosterImport.scss'

export type RosterImportProps = {
  /** Called after an import (registrations now match, or differ) or the one-pass approval. */
  onChanged: () => void
}

type ApprovalProgress = { approved: number; skipped: number; running: boolean }

/**
 * 导入党员花名册 and 一键通过: the committee uploads the roster it holds (Excel), the server compares
 * it with pending registrations, and those that agree in full can be approved in one pass.
 */
export function RosterImport({ onChanged }: RosterImportProps) {
  const sheetImport = useSheetImport(api.member.importRoster, onChanged)
  const { report, refused } = sheetImport
  const [approved, setApproved] = useState<ApprovalProgress>()
  const approveMatched = useAction(api.member.approveMatched)

  const approveAll = async () => {
    const { confirm } = await Taro.showModal({
      title: '一键通过',
      content: '将与花名册一致的待审核登记全部审核通过，并编入其所在店铺所属的党支部。确定继续？',
      confirmText: '全部通过',
    })
    if (!confirm) return
    // The server takes a batch a call (a district's roster is more than one call can hold);
    // each batch is final, so an error part way keeps what was approved before it.
    let progress: ApprovalProgress = { approved: 0, skipped: 0, running: true }
    let after: string | undefined
    do {
      setApproved(progress)
      const batch = await approveMatched.run({ after })
      if (!batch) break
      progress = {
        approved: progress.approved + batch.approved,
        skipped: progress.skipped + batch.skipped,
        running: true,
      }
      after = batch.next ?? undefined
    } while (after)
    setApproved({ ...progress, running: false })
    Taro.showToast({ title: `已通过 ${progress.approved} 条`, icon: 'none' })
    onChanged()
  }

  return (
    <View className="section card roster-import">
      <Text className="section__title">导入党员花名册</Text>
      <SheetImportForm
        name="roster-import"
        columns={Object.values(ROSTER_COLUMNS)}
        columnsLabel="表格第一行须为以下表头："
        hint={`Excel（.xlsx）表头：${Object.values(ROSTER_COLUMNS).join('、')}。按手机号与待审核登记比对；入党时间可空，格式 YYYY-MM-DD。再次导入时同一手机号以新表为准。`}
        sheetImport={sheetImport}
        buttons={
          <Button
            className="roster-import__approve-matched"
            loading={approved?.running ?? false}
            onClick={approveAll}
          >
            一键通过花名册一致的登记
          </Button>
        }
      />
      {approved ? (
        <Text className="roster-import__approved">
          {approved.running
            ? `正在逐批通过…已通过 ${approved.approved} 条`
            : `已通过 ${approved.approved} 条${approved.skipped ? `，另有 ${approved.skipped} 条需人工处理` : ''}`}
        </Text>
      ) : null}

      {report ? (
        <View className="roster-report">
          <Text className="roster-report__summary">
            导入 {report.imported} 条，拒绝 {report.refused} 条，匹配待审登记 {report.matched} 条
          </Text>
          <RefusedRows rows={refused} nameTitle="姓名" />
        </View>
      ) : null}
    </View>
  )
}
