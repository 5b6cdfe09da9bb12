// 负责人: the committee or a secretary finds volunteers by name (volunteer.search) and picks up to
// five; the chosen ones show as tags that can be taken off again.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { SearchBar } from '../../../components/SearchBar'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import './LeaderPicker.scss'

export type Leader = { userId: string; name: string }

export const MAX_LEADERS = 5

export type LeaderPickerProps = {
  value: readonly Leader[]
  onChange: (leaders: Leader[]) => void
  /** What none chosen means: the creator leads (new), or the leaders stay (edit). */
  emptyText: string
}

export function LeaderPicker({ value, onChange, emptyText }: LeaderPickerProps) {
  const [keyword, setKeyword] = useState('')
  const found = useRemoteData(
    () => api.volunteer.search({ keyword }),
    [keyword],
    keyword.length > 0,
  )
  const full = value.length >= MAX_LEADERS
  const chosen = (userId: string) => value.some((l) => l.userId === userId)

  return (
    <View className="leader-picker">
      <View className="leader-picker__chosen">
        {value.length ? null : (
          <Text className="console-table__muted leader-picker__none">{emptyText}</Text>
        )}
        {value.map((leader) => (
          <Text
            key={leader.userId}
            className="leader-picker__tag"
            data-user-id={leader.userId}
            onClick={() => onChange(value.filter((l) => l.userId !== leader.userId))}
          >
            {leader.name} ×
          </Text>
        ))}
      </View>
      <SearchBar
        className="console-toolbar leader-picker__bar"
        inputClassName="console-input console-toolbar__grow leader-picker__query"
        buttonClassName="leader-picker__search"
        placeholder="输入志愿者姓名查找"
        maxLength={20}
        onSearch={setKeyword}
      />
      {keyword && found.loading ? <Text className="console-table__muted">查找中…</Text> : null}
      {keyword && found.error ? (
        <Text className="console-table__alert">{found.error.message}</Text>
      ) : null}
      {keyword && found.data && !found.data.list.length ? (
        <Text className="console-table__muted">没有找到叫“{keyword}”的志愿者</Text>
      ) : null}
      {keyword && found.data
        ? found.data.list.map((v) => (
            <View
              key={v.userId}
              className="leader-picker__result"
              data-user-id={v.userId}
              onClick={() =>
                chosen(v.userId) || full
                  ? undefined
                  : onChange([...value, { userId: v.userId, name: v.name }])
              }
            >
              <Text className="leader-picker__name">{v.name}</Text>
              <Text className="console-table__muted">{v.phone}</Text>
              <Text className="console-link leader-picker__pick">
                {chosen(v.userId) ? '已选' : full ? `最多 ${MAX_LEADERS} 位` : '选为负责人'}
              </Text>
            </View>
          ))
        : null}
    </View>
  )
}
