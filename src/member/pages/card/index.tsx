import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Switch } from '@nutui/nutui-react-taro'
import { ChangeWorkInput, STANDING_LABELS } from '../../../../types/member'
import { maskName } from '../../../../types/masking'
import { PageShell } from '../../../components/PageShell'
import { FormCard } from '../../../components/FormCard'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { FormField } from '../../../components/FormField'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { getMyRegistration } from '../../../services/member'
import { api } from '../../../services/call-function'
import type { MemberCard } from '../../../../types/member'
import { ROUTES } from '../../../constants/routes'
import { formatShanghai } from '../../../../types/shanghai-time'
import { ShopPicker, type PickedShop } from '../../components/ShopPicker'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { LinkButton } from '../../../components/LinkButton'
import './index.scss'

/** The errors that mean “not a verified member (yet)”, not “something broke”. */
const NOT_A_MEMBER = ['FORBIDDEN', 'NOT_FOUND']

const POST_FIELDS: FieldSpec[] = [
  {
    name: 'post',
    label: '岗位',
    className: 'work-change__post',
    inputName: 'post',
    max: 20,
    placeholder: '如：店长、收银员',
  },
]

/** The electronic member card, 亮身份, changes of work and 注销. */
export default function MemberCardPage() {
  const signedIn = useRequireSignIn(ROUTES.memberCard)
  const card = useRemoteData(api.member.card, [], signedIn)
  const mine = useRemoteData(getMyRegistration, [], signedIn)

  const reload = () => {
    card.reload()
    mine.reload()
  }

  if (!signedIn) return <PageShell className="member-card-page" />

  const notMember = card.error && NOT_A_MEMBER.includes(card.error.code)
  return (
    <PageShell className="member-card-page">
      {card.loading && !card.data ? <LoadingState /> : null}
      {notMember ? <NotAMember /> : null}
      {card.error && !notMember ? (
        <ErrorState code={card.error.code} message={card.error.message} onRetry={card.reload} />
      ) : null}
      {card.data && !card.error ? (
        <View>
          <CardView card={card.data} />
          {mine.data ? (
            <ShowStatusSection
              key={`${mine.data.showStatus}|${card.data.shop?.shopId ?? ''}`}
              card={card.data}
              initial={mine.data.showStatus}
            />
          ) : null}
          {mine.error ? <ErrorState message={mine.error.message} onRetry={mine.reload} /> : null}
          <WorkSection
            key={`${card.data.shop?.shopId ?? ''}|${card.data.post}`}
            card={card.data}
            onChanged={reload}
          />
          <EraseSection />
        </View>
      ) : null}
    </PageShell>
  )
}

function NotAMember() {
  return (
    <View className="card member-card-empty">
      <EmptyState text="您还没有电子党员卡" hint="完成党员登记并通过支部审核后即可领取" />
      <LinkButton
        className="member-card__register"
        type="primary"
        block
        url={ROUTES.memberRegister}
      >
        去登记
      </LinkButton>
    </View>
  )
}

function CardView({ card }: { card: MemberCard }) {
  const rows = [
    { name: 'branch', label: '所在支部', value: card.branch.name },
    { name: 'shop', label: '工作店铺', value: card.shop?.name ?? '—' },
    { name: 'post', label: '岗位', value: card.post },
    {
      name: 'verified-at',
      label: '认证时间',
      value: formatShanghai(card.verifiedAt, 'YYYY-MM-DD'),
    },
  ]
  return (
    <View className="member-card">
      <View className="member-card__head">
        <Text className="member-card__title">电子党员卡</Text>
        <Text className="member-card__standing">{STANDING_LABELS[card.standing]}</Text>
      </View>
      <Text className="member-card__name">{card.realName}</Text>
      {rows.map((row) => (
        <View key={row.name} className="member-card__row">
          <Text className="member-card__label">{row.label}</Text>
          <Text className={`member-card__value member-card__${row.name}`}>{row.value}</Text>
        </View>
      ))}
      <View className="member-card__qr-box">
        <Image className="member-card__qr" src={card.qrImage} mode="aspectFit" />
        <Text className="member-card__qr-caption">请支部书记扫码核验</Text>
      </View>
    </View>
  )
}

/** 亮身份: the switch reflects what the server accepted, never just the tap. */
function ShowStatusSection({ card, initial }: { card: MemberCard; initial: boolean }) {
  const [shown, setShown] = useState(initial)
  const toggle = useAction(api.member.setShowStatus)

  const change = async (next: boolean) => {
    if (await toggle.run({ show: next })) {
      setShown(next)
      Taro.showToast({ title: next ? '已亮明身份' : '已关闭亮身份', icon: 'success' })
    }
  }

  return (
    <View className="section card show-status">
      <Text className="section__title">亮身份</Text>
      <View className="show-status__row">
        <View className="show-status__text">
          <Text className="show-status__label">在店铺页亮明党员身份</Text>
          <Text className={`show-status__state show-status__state--${shown ? 'on' : 'off'}`}>
            {shown ? '已开启' : '未开启'}
          </Text>
        </View>
        <Switch
          className="show-status__switch"
          checked={shown}
          disabled={!card.shop && !shown}
          onChange={change}
        />
      </View>
      <Text className="show-status__hint">
        开启后，顾客扫店铺码可看到：{maskName(card.realName)} · {card.post}
      </Text>
      {!card.shop ? (
        <Text className="show-status__hint">
          您当前没有登记工作店铺，请先在下方“工作变动”中选择。
        </Text>
      ) : null}
    </View>
  )
}

function WorkSection({ card, onChanged }: { card: MemberCard; onChanged: () => void }) {
  const [shop, setShop] = useState<PickedShop | null>(card.shop)
  const form = useFieldValues({ post: card.post })
  const save = useAction(api.member.changeWork)

  const submit = async () => {
    const input = save.check(ChangeWorkInput, {
      workShopId: shop?.shopId ?? null,
      post: form.values.post.trim() || undefined,
    })
    if (!input) return
    if (await save.run(input)) {
      Taro.showToast({ title: '工作信息已更新', icon: 'success' })
      onChanged()
    }
  }

  const leave = async () => {
    const { confirm } = await Taro.showModal({
      title: '已离开该店铺',
      content: `确认已离开“${card.shop?.name ?? ''}”？店铺页将不再显示您的党员身份，党员认证保留。`,
      confirmText: '确认离开',
      confirmColor: '#c8161d',
    })
    if (!confirm) return
    if (await save.run({ workShopId: null })) {
      Taro.showToast({ title: '已更新', icon: 'success' })
      onChanged()
    }
  }

  return (
    <FormCard
      name="work-change"
      className="section"
      title="工作变动"
      hint={`当前：${card.shop?.name ?? '未在商圈店铺工作'} · ${card.post}`}
      action={save}
      submitLabel="保存工作变动"
      onSubmit={submit}
      buttons={
        card.shop ? (
          <Button
            className="work-change__leave"
            type="primary"
            fill="outline"
            block
            disabled={save.pending}
            onClick={leave}
          >
            已离开该店铺
          </Button>
        ) : null
      }
    >
      <FormField name="workShopId" label="工作的店铺" error={save.fieldErrors.workShopId}>
        <ShopPicker name="work-change-shop" value={shop} onChange={setShop} />
      </FormField>
      <FormFields fields={POST_FIELDS} form={form} />
    </FormCard>
  )
}

const ASK_ERASE = {
  title: '注销党员登记',
  content:
    '注销后将删除您的姓名、性别、手机号、入党信息、电子党员卡和微信身份，店铺页不再亮明身份，且无法恢复；仅保留去标识化的审核记录。',
  confirmText: '确认注销',
  confirmColor: '#c8161d',
}

/** 注销: deletes the registration and personal data after an explicit confirmation. */
function EraseSection() {
  const erased = () => {
    Taro.showToast({ title: '已注销', icon: 'success' })
    Taro.reLaunch({ url: ROUTES.home })
  }

  return (
    <View className="section card member-erase">
      <Text className="section__title member-erase__title">注销党员登记</Text>
      <Text className="member-erase__text">
        注销将删除您在商圈登记的全部党员信息和电子党员卡，此操作不可恢复。
      </Text>
      <ConfirmButton
        className="member-erase__submit"
        type="danger"
        ask={ASK_ERASE}
        send={() => api.member.erase({ confirm: true })}
        onDone={erased}
      >
        注销党员登记
      </ConfirmButton>
    </View>
  )
}
