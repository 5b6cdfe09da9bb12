import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { FilterChips, type FilterOption, type FilterRow } from '../FilterChips'
import { SearchBar } from '../SearchBar'
import './ListFilters.scss'

/** A list's filters by name, each a value or `undefined` for “all”. */
export type FilterValues = { [key: string]: string | undefined }

/** One row of filter chips, bound to the filter it sets. */
export type FilterRowOf<F extends FilterValues> = {
  [K in keyof F]-?: FilterRow<NonNullable<F[K]>> & { key: K }
}[keyof F]

export type ListFiltersProps<F extends FilterValues> = {
  /** Block class of the section: `wish-search` gives `.wish-search__bar`, `__input`, `__submit`. */
  name: string
  title?: string
  /** The search box, when the list has one; `extra` goes at the end of its bar (扫一扫). */
  search?: { placeholder: string; onSearch: (text: string) => void; extra?: ReactNode }
  rows: readonly FilterRowOf<F>[]
  values: F
  onChange: (values: F) => void
}

/** What narrows a public list: a search box and rows of filter chips, in a section. */
export function ListFilters<F extends FilterValues>(props: ListFiltersProps<F>) {
  const { name, title, search, values, onChange } = props
  return (
    <View className={`section ${name}`}>
      {title ? <Text className="section__title">{title}</Text> : null}
      {search ? (
        <SearchBar
          className={`list-filters__bar ${name}__bar`}
          inputClassName={`list-filters__input ${name}__input`}
          buttonClassName={`${name}__submit`}
          placeholder={search.placeholder}
          onSearch={search.onSearch}
        >
          {search.extra}
        </SearchBar>
      ) : null}
      {props.rows.map((row) => (
        <FilterChips
          key={row.name}
          name={row.name}
          // Each row's options are of its own filter's values (FilterRowOf), so any pick fits it.
          options={row.options as FilterOption<string>[]}
          value={values[row.key]}
          onChange={(value) => onChange({ ...values, [row.key]: value })}
        />
      ))}
    </View>
  )
}
