// 详情在侧: at a desk, a console list opens the case a row names in a panel beside the list instead
// of a page of its own. Two contexts carry it: the list tells its rows how to open (and which is
// open), and the panel tells the case page inside it which case to show and whom to tell of a change.
import { createContext } from 'react'

/** What a row does when tapped, inside a list that shows details beside it. */
export type RowOpener = { selected: string | null; open: (url: string) => void }
export const RowOpenerContext = createContext<RowOpener | null>(null)

/** The case a panel shows: its page's query, as if the page had been opened at `url`. */
export type DeskDetail = { params: Record<string, string>; changed: () => void }
export const DeskDetailContext = createContext<DeskDetail | null>(null)

/** A page URL's query as router params, e.g. `/admin/pages/wish/index?id=w1` → `{ id: 'w1' }`. */
export function queryOf(url: string): Record<string, string> {
  const query = url.split('?')[1] ?? ''
  const params: Record<string, string> = {}
  for (const pair of query.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=')
    params[decodeURIComponent(key)] = decodeURIComponent(value)
  }
  return params
}
