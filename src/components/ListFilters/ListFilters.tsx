import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Filters } from '../../hooks/use-filters'
import { FilterChips, type FilterOption, type FilterRow } from '../FilterChips'
import { SearchBar } from '../SearchBar'
import './ListFilters.scss'

/** A list's filters by name, each a value or `undefined` for “all”; a search box sets `keyword`. */
export type FilterValues = { keyword?: string; [key: string]: string | undefined }

/** One row of filter chips, bound to the filter it sets. */
export type FilterRowOf<F extends FilterValues> = {
  [K in keyof F]-?: FilterRow<NonNullable<F[K]>> & { key: K }
}[keyof F]

export type ListFiltersProps<F extends FilterValues> = {
  /** Block class of the section: `wish-search` gives `.wish-search__bar`, `__input`, `__submit`. */
  name: string
  title?: string
  /** The search box's placeholder, when the list has one: it sets the `keyword` filter. */
  search?: string
  /** More controls at the end of the search bar (扫一扫). */
  searchExtra?: ReactNode
  rows: readonly FilterRowOf<F>[]
  filters: Filters<F>
}

/** What narrows a public list: a search box and rows of filter chips, in a section. */
export function ListFilters<F extends FilterValues>(props: ListFiltersProps<F>) {
  const { name, title, search, filters } = props
  const { values } = filters
  return (
    <View className={`section ${name}`}>
      {title ? <Text className="section__title">{title}</Text> : null}
      {search ? (
        <SearchBar
          className={`list-filters__bar ${name}__bar`}
          inputClassName={`list-filters__input ${name}__input`}
          buttonClassName={`${name}__submit`}
          placeholder={search}
          onSearch={(text) => filters.set({ ...values, keyword: text || undefined })}
        >
          {props.searchExtra}
        </SearchBar>
      ) : null}
      {props.rows.map((row) => (
        <FilterChips
          key={row.name}
          name={row.name}
          // Each row's options are of its own filter's values (FilterRowOf), so any pick fits it.
          options={row.options as FilterOption<string>[]}
          value={values[row.key]}
          onChange={(value) => filters.set({ ...values, [row.key]: value })}
        />
      ))}
    </View>
  )
}
