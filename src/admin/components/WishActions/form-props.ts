import type { WishView } from '../../../../types/wish'

/** Each console form acts on the wish shown and hands back the server's updated view. */
export type WishFormProps = { wish: WishView; onChanged: (next: WishView, message: string) => void }
