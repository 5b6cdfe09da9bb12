/** What every document that changes over its life records: when it was made and last changed. */
export type Stamped = {
  createdAt: Date
  updatedAt: Date
}
