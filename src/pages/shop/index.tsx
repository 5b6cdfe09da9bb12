import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ComplaintStatus } from '../../../types/complaint'
import { COMPLAINT_STATUSES } from '../../../types/plain/complaint'
import { PageShell } from '../../components/PageShell'
import { HomeButton } from '../../components/HomeButton'
import { ErrorState, LoadingState } from '../../components/StateViews'
import { IntegrityBadge } from '../../components/IntegrityBadge'
import { HonourTags } from '../../components/HonourTags'
import { CommitmentList } from '../../components/CommitmentList'
import { RatingSummary } from '../../components/RatingSummary'
import { useRemoteData } from '../../hooks/use-remote-data'
import { useReloadOnReturn } from '../../hooks/use-reload-on-return'
import { ApiError } from '../../services/api-error'
import { api } from '../../services/call-function'
import type { ShopCard } from '../../../types/shop'
import { StoredImage } from '../../components/StoredImage'
import { ROUTES, withShop } from '../../constants/routes'
import { formatShanghai } from '../../../types/shanghai-time'
import { readParam } from '../../utils/params'
import './index.scss'

/** What a shopper reads for each way the card can fail to load. */
function shopErrorMessage(error: ApiError): string {
  if (error.code === 'NOT_FOUND') return '店铺不存在或已停业'
  if (error.code === 'VALIDATION') return '店铺编号不正确，请重新扫码'
  return error.message
}

/** The card for `?id=` (a link), or for a scanned code: h5 `?code=`, mini-program `scene`. */
function loadCard(shopId: string, code: string): Promise<ShopCard> {
  if (code) return api.shop.scan({ code })
  if (shopId) return api.shop.get({ shopId })
  return Promise.reject(new ApiError('VALIDATION', '缺少店铺编号'))
}

export default function ShopPage() {
  const { params } = useRouter()
  const shopId = readParam(params.id)
  // The mini-program code's scene arrives percent-encoded; readParam decodes it.
  const code = readParam(params.code) || readParam(params.scene)
  const shop = useRemoteData(() => loadCard(shopId, code), [shopId, code])

  useEffect(() => {
    if (shop.data) Taro.setNavigationBarTitle({ title: shop.data.name })
  }, [shop.data])

  // Back from rating or complaining: the score and reviews may have changed.
  useReloadOnReturn(shop.reload)

  // Any refusal of a scanned code is a code we will not vouch for, whatever the reason.
  if (code && shop.error?.code === 'VALIDATION') return <ForgedCode />

  return (
    <PageShell className="shop-page">
      {shop.loading && !shop.data ? <LoadingState /> : null}
      {shop.error ? (
        <View className="shop-page__error">
          <ErrorState
            code={shop.error.code}
            message={shopErrorMessage(shop.error)}
            onRetry={shop.reload}
          />
          <HomeButton className="shop-page__home" />
        </View>
      ) : null}
      {shop.data && !shop.error ? <ShopProfile card={shop.data} /> : null}
    </PageShell>
  )
}

/** A scanned code that failed its signature check: say so plainly, never crash. */
function ForgedCode() {
  return (
    <PageShell className="shop-page">
      <View className="card forged-code">
        <Text className="forged-code__icon">!</Text>
        <Text className="forged-code__title">二维码无效</Text>
        <Text className="forged-code__text">
          这个二维码无法通过商圈的防伪校验，可能被伪造或篡改过。请不要据此判断店铺的诚信情况，
          并请将二维码所在位置告知商圈党委，以便及时处理。
        </Text>
        <HomeButton className="forged-code__home" block />
      </View>
    </PageShell>
  )
}

function ShopProfile({ card }: { card: ShopCard }) {
  const go = (route: string) => Taro.navigateTo({ url: withShop(route, card.shopId) })
  return (
    <View className="shop-profile" data-shop-id={card.shopId}>
      <View className="card shop-card">
        {card.photos[0] ? (
          <StoredImage className="shop-card__photo" fileId={card.photos[0]} />
        ) : null}
        <View className="shop-card__head">
          <Text className="shop-card__name">{card.name}</Text>
          <Text className="shop-card__category">{card.category}</Text>
        </View>
        {card.status === 'suspended' ? (
          <Text className="shop-card__suspended">暂停营业</Text>
        ) : null}
        <View className="shop-card__integrity">
          <IntegrityBadge integrity={card.integrity} withReasons />
        </View>
        <HonourTags honours={card.honours.map((h) => h.honour)} />
        <ShopCardRow label="位置" value={card.floorUnit} name="floor" />
        <ShopCardRow label="地址" value={card.address} name="address" />
        {card.hours ? <ShopCardRow label="营业时间" value={card.hours} name="hours" /> : null}
        {card.description ? (
          <View className="shop-card__description">
            <Text className="shop-card__label">店铺介绍</Text>
            <Text className="shop-card__text">{card.description}</Text>
          </View>
        ) : null}
      </View>

      <View className="section card shop-commitments">
        <Text className="section__title">亮承诺</Text>
        <CommitmentList commitments={card.commitments} />
      </View>

      {card.members.length ? (
        <View className="section card shop-members">
          <View className="shop-members__head">
            <Text className="section__title">亮身份 · 本店党员</Text>
            {/* A shop where a verified member shows their status is a 党员经营户. */}
            <Text className="shop-members__badge">党员经营户</Text>
          </View>
          {card.members.map((member, i) => (
            <Text key={`${member.maskedName}-${i}`} className="shop-members__item">
              {member.maskedName} · {member.post}
            </Text>
          ))}
        </View>
      ) : null}

      <View className="section card shop-ratings">
        <Text className="section__title">顾客评价</Text>
        <RatingSummary summary={card.ratings} reviews={card.recentReviews} />
      </View>

      {card.recentComplaints.length ? (
        <View className="section card shop-complaints">
          <Text className="section__title">投诉办理公示</Text>
          {card.recentComplaints.map((complaint, i) => (
            <View key={`${complaint.createdAt}-${i}`} className="shop-complaints__item">
              <View className="shop-complaints__head">
                <Text className="shop-complaints__category">{complaint.category}</Text>
                <Text className="shop-complaints__status">{statusLabel(complaint.status)}</Text>
                <Text className="shop-complaints__date">
                  {formatShanghai(complaint.createdAt, 'YYYY-MM-DD')}
                </Text>
              </View>
              {complaint.result ? (
                <Text className="shop-complaints__result">办理结果：{complaint.result}</Text>
              ) : null}
              {complaint.merchantReply ? (
                <Text className="shop-complaints__reply">
                  商户回复：{complaint.merchantReply.text}
                </Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}

      <View className="shop-actions">
        <Button
          className="shop-actions__rate"
          type="primary"
          fill="outline"
          onClick={() => go(ROUTES.rate)}
        >
          评价
        </Button>
        <Button
          className="shop-actions__complain"
          type="primary"
          onClick={() => go(ROUTES.complain)}
        >
          投诉监督
        </Button>
      </View>
    </View>
  )
}

/** One fact on the shop card: its label, and the value with a class of its own for tests. */
function ShopCardRow({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <View className="shop-card__row">
      <Text className="shop-card__label">{label}</Text>
      <Text className={`shop-card__value shop-card__${name}`}>{value}</Text>
    </View>
  )
}

function statusLabel(status: string): string {
  return COMPLAINT_STATUSES[status as ComplaintStatus] ?? status
}
