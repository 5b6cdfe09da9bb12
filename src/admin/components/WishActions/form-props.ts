import type { WishView } from '../../../services/wish'

/** Each console form acts on the wish shown and hands back the server's updated view. */
export type WishFormProps = { wish: WishView; onChanged: (next: WishView, message: string) => void }
