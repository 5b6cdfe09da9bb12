import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ROUTES } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import { WishList } from '../../components/WishList'
import { PageLinks, type PageLink } from '../../../components/PageLinks'
import './index.scss'

const PAGE_SIZE = 10

type Side = 'wished' | 'held'
const TABS: Choice<Side>[] = [
  { value: 'wished', label: '我的心愿' },
  { value: 'held', label: '我的认领' },
]

const SUBMIT: PageLink = {
  name: 'submit',
  label: '许个心愿',
  url: ROUTES.wishSubmit,
  type: 'primary',
}

/** 我的心愿 (what I asked for) and 我的认领 (what I, my shop or my branch claimed or was dispatched). */
export default function MyWishesPage() {
  const { params } = useRouter()
  const [side, setSide] = useState<Side>(params.side === 'held' ? 'held' : 'wished')
  const signedIn = useRequireSignIn(`${ROUTES.myWishes}?side=${side}`)
  const wishes = usePagedList(
    (page) => api.wish.mine({ side, page, pageSize: PAGE_SIZE }),
    [side],
    signedIn,
  )
  // Back from a wish that changed meanwhile (claimed, confirmed, resubmitted).
  useReloadOnReturn(wishes.reload)

  if (!signedIn) return <PageShell className="my-wishes" />

  return (
    <PageShell className="my-wishes">
      <View className="my-wishes__tabs">
        <ChoiceChips name="my-wishes-tab" choices={TABS} value={side} onChange={setSide} />
        <PageLinks block="my-wishes" links={side === 'wished' ? [SUBMIT] : []} />
      </View>
      <View className="section">
        <WishList
          name="my-wishes"
          list={wishes}
          empty={side === 'wished' ? '您还没有心愿' : '您还没有认领心愿'}
          emptyHint={side === 'wished' ? '点“许个心愿”写下您需要的帮助' : '去心愿墙看看谁需要帮助'}
          end={(total) => `共 ${total} 个`}
        />
      </View>
    </PageShell>
  )
}
