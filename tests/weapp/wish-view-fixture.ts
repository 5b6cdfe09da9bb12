// What a wish's summary and detail reply hold when nothing has happened to it yet (and the wisher
// gave no photo and no date); each test states the rest.
import type { ActionOutput } from '../../types/api'

export type WishView = ActionOutput<'wish', 'get'>

export const UNTOUCHED_SUMMARY = {
  wantedBy: null,
  photo: null,
  holder: null,
  thanks: null,
  overdue: false,
} satisfies Partial<WishView>

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
