// Whom a wish can be dispatched to, one list per kind: branches with a secretary (org.tree),
// shops a merchant runs (shop.adminList), verified members (the member queue). Each list is a row
// of chips; the shop and member lists are searched by name.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { SearchBar } from '../../../components/SearchBar'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { getOrgTree } from '../../../services/org'

export type Target = { id: string; name: string }
type ChoicesProps = { value: string | undefined; onChange: (target: Target) => void }

/** Picks among `options`, reporting the chosen one's name as well. */
function TargetChips({
  name,
  options,
  value,
  onChange,
  empty,
}: ChoicesProps & { name: string; options: Target[]; empty: string }) {
  if (!options.length) return <Text className="console-table__muted">{empty}</Text>
  return (
    <ChoiceChips
      name={name}
      choices={options.map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={(id) => onChange(options.find((o) => o.id === id)!)}
    />
  )
}

export function BranchChoices({ value, onChange }: ChoicesProps) {
  const tree = useRemoteData(getOrgTree, [])
  if (tree.loading) return <Text className="console-table__muted">加载中…</Text>
  if (tree.error) return <Text className="console-table__muted">{tree.error.message}</Text>
  const branches = (tree.data ?? [])
    .filter((org) => (org.level === 'branch' || org.level === 'general') && org.secretary)
    .map((org) => ({ id: org.orgId, name: org.name }))
  return (
    <TargetChips
      name="dispatch-branch"
      options={branches}
      value={value}
      onChange={onChange}
      empty="没有已任命书记的党支部"
    />
  )
}

/** Open shops a merchant runs, by name. */
async function shopTargets(keyword: string): Promise<Target[]> {
  const shops = await api.shop.adminList({
    keyword: keyword || undefined,
    status: 'open',
    pageSize: 20,
  })
  return shops.list
    .filter((shop) => shop.merchantCount > 0)
    .map((shop) => ({ id: shop.shopId, name: shop.name }))
}

/** Verified members, by name, with the shop they work at. */
async function memberTargets(q: string): Promise<Target[]> {
  const members = await api.member.queue({ status: 'verified', q: q || undefined, pageSize: 20 })
  return members.list.map((m) => ({
    id: m.userId,
    name: m.shop ? `${m.realName}（${m.shop.name}）` : m.realName,
  }))
}

/** The kinds of target found by a search by name: their block class and wording, and the search. */
const SEARCHES = {
  merchant: {
    name: 'dispatch-shop',
    placeholder: '搜索店铺名称',
    empty: '没有已有商户认领的店铺',
    search: shopTargets,
  },
  member: {
    name: 'dispatch-member',
    placeholder: '搜索已认证党员姓名',
    empty: '没有符合的已认证党员',
    search: memberTargets,
  },
}

/** A search box over one kind of target (shops, members), then the matches as chips. */
export function SearchedChoices({
  kind,
  value,
  onChange,
}: ChoicesProps & { kind: keyof typeof SEARCHES }) {
  const { name, placeholder, empty, search } = SEARCHES[kind]
  const [keyword, setKeyword] = useState('')
  const found = useRemoteData(() => search(keyword), [keyword])
  return (
    <View className="dispatch-target__search">
      <SearchBar
        className="console-toolbar"
        inputClassName={`console-input console-toolbar__grow ${name}__query`}
        buttonClassName={`${name}__search`}
        placeholder={placeholder}
        onSearch={setKeyword}
      />
      {found.loading ? <Text className="console-table__muted">加载中…</Text> : null}
      {found.data ? (
        <TargetChips
          name={name}
          options={found.data}
          value={value}
          onChange={onChange}
          empty={empty}
        />
      ) : null}
    </View>
  )
}
