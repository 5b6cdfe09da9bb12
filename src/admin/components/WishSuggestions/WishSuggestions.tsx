import { Text, View } from '@tarojs/components'
import { HOLDER_KIND_LABELS } from '../../../../types/wish'
import type { ActionOutput } from '../../../../types/api'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import './WishSuggestions.scss'

export type SuggestedResource = ActionOutput<'wish', 'suggestions'>['list'][number]

export type WishSuggestionsProps = {
  wishId: string
  /** The resource chosen for a dispatch, marked in the list. */
  chosen?: string
  /** Makes each resource a choice (the dispatch form); without it the list only informs. */
  onChoose?: (resource: SuggestedResource) => void
}

/** Resources of the wish's category serving its place with capacity left: who could help. */
export function WishSuggestions({ wishId, chosen, onChoose }: WishSuggestionsProps) {
  const suggestions = useRemoteData(() => api.wish.suggestions({ wishId }), [wishId])
  if (suggestions.loading) return <Text className="console-table__muted">正在匹配资源…</Text>
  if (suggestions.error)
    return <Text className="console-table__muted">{suggestions.error.message}</Text>
  const list = suggestions.data?.list ?? []
  if (!list.length) {
    return <Text className="console-table__muted wish-suggestions__none">暂无匹配的资源</Text>
  }
  return (
    <View className="wish-suggestions">
      {list.map((r) => (
        <View
          key={r.resourceId}
          className={`wish-suggestion${onChoose ? ' wish-suggestion--choice' : ''}${chosen === r.resourceId ? ' wish-suggestion--chosen' : ''}`}
          data-resource-id={r.resourceId}
          onClick={(e) => {
            if (!onChoose) return
            e.stopPropagation()
            onChoose(r)
          }}
        >
          <Text className="wish-suggestion__title">{r.title}</Text>
          <Text className="wish-suggestion__owner">
            {HOLDER_KIND_LABELS[r.owner.kind]} · {r.owner.name} · 本月余 {r.left} 次
          </Text>
        </View>
      ))}
    </View>
  )
}
