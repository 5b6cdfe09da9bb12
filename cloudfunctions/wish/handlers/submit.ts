// Submitting a wish (or resubmitting an edited one), saving a draft, and withdrawing. A person has
// at most OPEN_WISHES_PER_PERSON unfinished wishes: each takes a numbered slot whose unique id
// admits one wish, so concurrent submits cannot exceed it; whatever was taken is given back if the
// wish is not written. 代录 wishes (the committee entering one for someone) take no slot. A new
// wish takes its id from the request, so a retry after a crash finds it instead of adding another;
// the reviewers' notice is written with the wish as a follow-up.
import crypto from 'node:crypto'
import {
  EDITABLE_WISH_STATUSES,
  OPEN_WISHES_PER_PERSON,
  UNFINISHED_WISH_STATUSES,
  type WishPlace,
} from '../../../types/wish'
import { shanghaiMonth, shanghaiToday } from '../../../types/shanghai-time'
import { conflict, fieldError, forbidden, notFound } from '../../../server/kernel/app-error'
import { staffName } from '../../../server/domain/timeline'
import { callerUser, type Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import {
  carryOut,
  followUpRecord,
  requestScopedId,
  takenBefore,
  type FollowUp,
} from '../../../server/domain/follow-ups'
import { committeeIds } from '../../../server/domain/recipients'
import { wishSubmittedNotice } from '../../../server/domain/wish-notices'
import { WITHDRAWABLE } from '../../../server/domain/wish-view'
import { findOrg } from '../../../server/repositories/orgs'
import { findShop } from '../../../server/repositories/shops'
import { releaseSlot } from '../../../server/repositories/slots'
import {
  advanceWish,
  blankWish,
  findWish,
  insertWish,
  insertWishWithFollowUp,
  type WishDoc,
  type WishPlaceDoc,
} from '../../../server/repositories/wishes'
import { encryptPhone } from '../../../server/services/member-crypto'
import {
  isAdmin,
  loadWish,
  releaseWishSlot,
  reloadView,
  slotHolding,
  step,
  takeSlot,
  wishSlots,
} from './access'
import { branchOfShop } from '../../../server/domain/shop-access'
import { checkTexts } from '../../../server/domain/text-check'

const LIMIT_MESSAGE = `最多同时有 ${OPEN_WISHES_PER_PERSON} 个未完成的心愿`

/** The stored place, and the branch whose secretary reviews it (a shop's branch). */
async function resolvePlace(
  ctx: Ctx,
  place: WishPlace,
): Promise<{ place: WishPlaceDoc; branchId: string | null }> {
  if (place.kind === 'area') return { place: { kind: 'area', area: place.area }, branchId: null }
  const shop = await findShop(ctx.db, place.shopId)
  if (!shop || shop.status !== 'open') throw fieldError('place.shopId', '请从列表中选择店铺')
  return {
    place: { kind: 'shop', shopId: shop._id, shopName: shop.name },
    branchId: await branchOfShop(ctx, shop),
  }
}

function checkWantedBy(ctx: Ctx, wantedBy: string | null) {
  if (wantedBy && wantedBy < shanghaiToday(ctx.now()))
    throw fieldError('wantedBy', '期望日期不能早于今天')
}

/** The caller's own wish, to edit; notFound for anyone else's. */
async function ownWish(ctx: Ctx, wishId: string, userId: string): Promise<WishDoc> {
  const doc = await findWish(ctx.db, wishId)
  if (!doc || doc.wisherId !== userId) throw notFound('心愿')
  return doc
}

/** Still counts against the wisher: the slot's wish is theirs and unfinished. */
const liveWishOf = (userId: string) => (doc: WishDoc) =>
  doc.wisherId === userId && !doc.onBehalf && UNFINISHED_WISH_STATUSES.includes(doc.status)

/** Reviewers of a new wish: the committee, and the secretary of the wish's branch. */
async function reviewerIds(ctx: Ctx, branchId: string | null): Promise<string[]> {
  const ids = await committeeIds(ctx.db)
  if (!branchId) return ids
  const org = await findOrg(ctx.db, branchId)
  return org?.secretaryId ? [...ids, org.secretaryId] : ids
}

export const submit: HandlerOf<'wish', 'submit'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const newId = requestScopedId(ctx, 'wish')
  if (await takenBefore(ctx)) return { wishId: input.wishId ?? newId }
  if (input.onBehalf && !isAdmin(ctx)) throw forbidden('只有商圈党委可以代录心愿')
  checkWantedBy(ctx, input.wantedBy)
  await checkTexts(ctx, { title: input.title, description: input.description })
  const { place, branchId } = await resolvePlace(ctx, input.place)
  const existing = input.wishId ? await ownWish(ctx, input.wishId, user._id) : null
  if (existing && !EDITABLE_WISH_STATUSES.includes(existing.status))
    throw conflict('只有草稿、待修改或未通过的心愿可以修改后提交')

  const now = ctx.now()
  const wishId = existing?._id ?? newId
  // A returned or rejected wish still holds the slot it took when first submitted.
  const needsSlot = !input.onBehalf && (!existing || existing.status === 'draft')
  const slots = wishSlots(user._id, OPEN_WISHES_PER_PERSON)
  // A new wish's id is the request's: a slot holding it was taken by an earlier try that died.
  const slotId = needsSlot
    ? (!existing && (await slotHolding(ctx, slots, wishId))) ||
      (await takeSlot(ctx, slots, wishId, liveWishOf(user._id)))
    : null
  if (needsSlot && !slotId) throw conflict(LIMIT_MESSAGE)

  const fields = {
    wisherName: input.onBehalf?.name ?? user.nickname,
    onBehalf: input.onBehalf ?? null,
    title: input.title,
    description: input.description,
    category: input.category,
    photos: input.photos,
    wantedBy: input.wantedBy,
    place,
    branchId,
    contactCipher: input.contact ? encryptPhone(input.contact) : null,
    status: 'pending' as const,
    reviewNote: null,
    submittedAt: now,
    submittedMonth: shanghaiMonth(now),
    updatedAt: now,
  }
  const entries = [
    {
      at: now,
      actor: input.onBehalf ? ('committee' as const) : ('wisher' as const),
      action: existing && existing.status !== 'draft' ? '修改后重新提交' : '提交心愿',
      note: input.onBehalf ? '商圈党委代录' : '',
      byName: input.onBehalf ? staffName(ctx) : undefined,
    },
    ...(input.onBehalf
      ? [
          {
            at: now,
            actor: 'committee' as const,
            action: '代录来源',
            note: `${input.onBehalf.name}：${input.onBehalf.source}`,
            internal: true,
          },
        ]
      : []),
  ]
  const reviewers = await reviewerIds(ctx, branchId)
  const told = (doc: WishDoc): FollowUp[] => [
    { kind: 'notify', userIds: reviewers, notice: wishSubmittedNotice(doc, now) },
  ]
  try {
    if (existing) {
      await step(ctx, existing, {
        from: [existing.status],
        change: fields,
        entries,
        conflict: '心愿已有变化，请刷新后再试',
        guard: { wisherId: user._id },
        followUps: told,
      })
    } else {
      const doc: WishDoc = {
        _id: wishId,
        wisherId: user._id,
        ...blankWish(now),
        ...fields,
        timeline: entries,
      }
      const record = followUpRecord(ctx, told(doc))
      if (!(await insertWishWithFollowUp(ctx.db, doc, record)))
        throw conflict('心愿已有变化，请刷新后再试')
      await carryOut(ctx, record)
    }
  } catch (err) {
    if (slotId) await releaseSlot(ctx.db, slotId, wishId).catch(() => undefined)
    throw err
  }
  return { wishId }
}

export const saveDraft: HandlerOf<'wish', 'saveDraft'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  checkWantedBy(ctx, input.wantedBy)
  const resolved = input.place ? await resolvePlace(ctx, input.place) : null
  const now = ctx.now()
  const fields = {
    title: input.title,
    description: input.description,
    category: input.category,
    photos: input.photos,
    wantedBy: input.wantedBy,
    place: resolved?.place ?? null,
    branchId: resolved?.branchId ?? null,
    contactCipher: input.contact ? encryptPhone(input.contact) : null,
    updatedAt: now,
  }
  if (input.wishId) {
    const existing = await ownWish(ctx, input.wishId, user._id)
    const ok = await advanceWish(
      ctx.db,
      existing._id,
      ['draft'],
      fields,
      [{ at: now, actor: 'wisher', action: '修改草稿', note: '' }],
      { guard: { wisherId: user._id } },
    )
    if (!ok) throw conflict('只有草稿可以这样保存')
    return { wishId: existing._id }
  }
  const wishId = crypto.randomBytes(12).toString('hex')
  await insertWish(ctx.db, {
    _id: wishId,
    wisherId: user._id,
    wisherName: user.nickname,
    onBehalf: null,
    status: 'draft',
    ...blankWish(now),
    ...fields,
    timeline: [{ at: now, actor: 'wisher', action: '保存草稿', note: '' }],
  })
  return { wishId }
}

export const withdraw: HandlerOf<'wish', 'withdraw'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const doc = await loadWish(ctx, input.wishId)
  const owns = doc.onBehalf ? isAdmin(ctx) || doc.wisherId === user._id : doc.wisherId === user._id
  if (!owns) throw forbidden('只能撤回自己的心愿')
  const next = await step(ctx, doc, {
    from: WITHDRAWABLE,
    change: { status: 'withdrawn', pool: false },
    entries: [
      {
        actor: doc.onBehalf ? 'committee' : 'wisher',
        action: '撤回心愿',
        note: '',
        byName: doc.onBehalf ? staffName(ctx) : undefined,
      },
    ],
    conflict: '心愿已被认领或承接，不能撤回',
  })
  await releaseWishSlot(ctx, next, OPEN_WISHES_PER_PERSON)
  return reloadView(ctx, next._id)
}
