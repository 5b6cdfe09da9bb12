import { WISH_CATEGORIES, type WishCategory } from '../../types/wish'
import type { Choice } from '../components/ChoiceChips'
import type { FilterOption } from '../components/FilterChips'

/** The wish categories as chips, for the wish and resource forms. */
export const CATEGORY_CHOICES: Choice<WishCategory>[] = (
  Object.entries(WISH_CATEGORIES) as [WishCategory, string][]
).map(([value, label]) => ({ value, label }))

/** The same with 全部类别 first, for filtering the wish wall and the resource list. */
export const CATEGORY_FILTER: FilterOption<WishCategory>[] = [
  { value: undefined, label: '全部类别' },
  ...CATEGORY_CHOICES,
]
