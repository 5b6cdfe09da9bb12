// What a wish's detail reply holds when nothing has happened to it yet; each test states the rest.
import type { ActionOutput } from '../../types/api'

export type WishView = ActionOutput<'wish', 'get'>

export const UNTOUCHED_WISH = {
  photos: [],
  contact: null,
  onBehalf: null,
  reviewNote: null,
  deadline: null,
  respondBy: null,
  fulfilment: null,
  confirmation: null,
  project: null,
  resource: null,
} satisfies Partial<WishView>
