// 以什么身份: the capacities a person can claim a wish or offer a resource in — themselves as a
// verified member, a shop they run, a branch they lead. The server checks them again from roles.
import { useEffect, useMemo, useState } from 'react'
import type { ActingAs } from '../../../types/wish'
import { useRemoteData } from '../../hooks/use-remote-data'
import { api } from '../../services/call-function'
import { myShops } from '../../services/shop'
import { getOrgTree } from '../../services/org'

export type Capacity = { key: string; label: string; as: ActingAs }

/**
 * Loads the caller's capacities (names of their shops and branches included) and holds the one
 * they act in: their only one, or the one they pick.
 */
export function useCapacities(enabled: boolean) {
  const loaded = useRemoteData(
    async () => {
      const me = await api.user.me()
      const [shops, orgs] = await Promise.all([
        me.shopIds.length ? myShops() : Promise.resolve([]),
        me.orgIds.length ? getOrgTree() : Promise.resolve([]),
      ])
      const list: Capacity[] = []
      if (me.roles.includes('member'))
        list.push({ key: 'member', label: '党员本人', as: { kind: 'member' } })
      for (const shop of shops)
        if (me.shopIds.includes(shop.shopId))
          list.push({
            key: `shop:${shop.shopId}`,
            label: `商户 · ${shop.name}`,
            as: { kind: 'merchant', shopId: shop.shopId },
          })
      for (const org of orgs)
        if (me.orgIds.includes(org.orgId))
          list.push({
            key: `org:${org.orgId}`,
            label: `党组织 · ${org.name}`,
            as: { kind: 'branch', orgId: org.orgId },
          })
      return list
    },
    [],
    enabled,
  )
  const capacities = useMemo(() => loaded.data ?? [], [loaded.data])
  const [chosen, choose] = useState<string>()
  useEffect(() => {
    if (capacities.length === 1) choose(capacities[0].key)
  }, [capacities])
  return {
    capacities,
    /** The chosen capacity's key, and what is sent for it (undefined until one is chosen). */
    chosen,
    choose,
    as: capacities.find((c) => c.key === chosen)?.as,
    loading: loaded.loading,
    error: loaded.error,
    reload: loaded.reload,
  }
}

/** The caller's capacities and the one they act in, as ActingAsField shows them. */
export type ActingAsChoice = ReturnType<typeof useCapacities>
