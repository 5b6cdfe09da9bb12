// Whom a wish can be dispatched to, one list per kind: branches with a secretary (org.tree),
// shops a merchant runs (shop.adminList), verified members (the member queue). Each list is a row
// of chips; the shop and member lists are searched by name.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { SearchBar } from '../../../components/SearchBar'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { listMemberQueue } from '../../../services/member'
import { getOrgTree } from '../../../services/org'
import { listAdminShops } from '../../../services/shop'

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

export function ShopChoices({ value, onChange }: ChoicesProps) {
  const [keyword, setKeyword] = useState('')
  const shops = useRemoteData(
    () => listAdminShops({ keyword: keyword || undefined, status: 'open', pageSize: 20 }),
    [keyword],
  )
  const options = (shops.data?.list ?? [])
    .filter((shop) => shop.merchantCount > 0)
    .map((shop) => ({ id: shop.shopId, name: shop.name }))
  return (
    <View className="dispatch-target__search">
      <SearchBar
        className="console-toolbar"
        inputClassName="console-input console-toolbar__grow dispatch-shop__query"
        buttonClassName="dispatch-shop__search"
        placeholder="搜索店铺名称"
        onSearch={setKeyword}
      />
      {shops.loading ? <Text className="console-table__muted">加载中…</Text> : null}
      {shops.data ? (
        <TargetChips
          name="dispatch-shop"
          options={options}
          value={value}
          onChange={onChange}
          empty="没有已有商户认领的店铺"
        />
      ) : null}
    </View>
  )
}

export function MemberChoices({ value, onChange }: ChoicesProps) {
  const [q, setQ] = useState('')
  const members = useRemoteData(
    () => listMemberQueue({ status: 'verified', q: q || undefined, pageSize: 20 }),
    [q],
  )
  const options = (members.data?.list ?? []).map((m) => ({
    id: m.userId,
    name: m.shop ? `${m.realName}（${m.shop.name}）` : m.realName,
  }))
  return (
    <View className="dispatch-target__search">
      <SearchBar
        className="console-toolbar"
        inputClassName="console-input console-toolbar__grow dispatch-member__query"
        buttonClassName="dispatch-member__search"
        placeholder="搜索已认证党员姓名"
        onSearch={setQ}
      />
      {members.loading ? <Text className="console-table__muted">加载中…</Text> : null}
      {members.data ? (
        <TargetChips
          name="dispatch-member"
          options={options}
          value={value}
          onChange={onChange}
          empty="没有符合的已认证党员"
        />
      ) : null}
    </View>
  )
}
