import { Text, View } from '@tarojs/components'
import type { Commitment } from '../../../types/shop'
import './CommitmentList.scss'

export type CommitmentListProps = { commitments: Commitment[] }

/** The shop's public commitments (亮承诺), the committee's standard ones marked as such. */
export function CommitmentList({ commitments }: CommitmentListProps) {
  if (commitments.length === 0) {
    return <Text className="commitments__empty">商户尚未作出承诺</Text>
  }
  return (
    <View className="commitments">
      {commitments.map((commitment) => (
        <View key={commitment.text} className="commitments__item">
          <Text className="commitments__check">✓</Text>
          <Text className="commitments__text">{commitment.text}</Text>
          {commitment.standard ? null : <Text className="commitments__own">自定</Text>}
        </View>
      ))}
    </View>
  )
}
