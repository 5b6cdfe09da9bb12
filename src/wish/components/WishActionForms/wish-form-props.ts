import type { WishView } from '../../../../types/wish'

/** What every action form on the wish page gets: the wish, and where its new state goes. */
export type WishFormProps = {
  wishId: string
  /** The wish as the server returned it after the action, and a toast to show. */
  onDone: (view: WishView, toast: string) => void
}
