import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { SearchBar } from '../../../components/SearchBar'

export type FilterBarProps = {
  /** The search box, when the list has one: `name` gives `${name}__query` and `${name}__search`. */
  search?: {
    name: string
    placeholder: string
    maxLength?: number
    onSearch: (text: string) => void
  }
  /** The rows of FilterChips. */
  children?: ReactNode
}

/** What narrows a console list: a search box and rows of filter chips. */
export function FilterBar({ search, children }: FilterBarProps) {
  return (
    <View className="filter-bar">
      {search ? (
        <SearchBar
          className="console-toolbar"
          inputClassName={`${search.name}__query console-input console-toolbar__grow`}
          buttonClassName={`${search.name}__search`}
          placeholder={search.placeholder}
          maxLength={search.maxLength}
          onSearch={search.onSearch}
        />
      ) : null}
      {children ? <View className="console-filters">{children}</View> : null}
    </View>
  )
}
