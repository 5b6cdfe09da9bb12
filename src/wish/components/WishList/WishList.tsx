import Taro from '@tarojs/taro'
import { wishUrl } from '../../../../types/pages'
import type { WishSummary } from '../../../../types/wish'
import { LoadMoreList, type LoadMoreListProps } from '../../../components/LoadMoreList'
import { WishCard } from '../../../components/WishCard'

/** Opens a wish's page from its card. */
export const openWish = (wishId: string) => Taro.navigateTo({ url: wishUrl(wishId) })

export type WishListProps = Omit<LoadMoreListProps<WishSummary>, 'item'>

/** Wishes page by page, each card opening its wish (心愿墙, 我的心愿). */
export function WishList(props: WishListProps) {
  return (
    <LoadMoreList
      {...props}
      item={(wish) => <WishCard key={wish.wishId} wish={wish} onOpen={openWish} />}
    />
  )
}
