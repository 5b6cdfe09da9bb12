// Where the wish detail (on the wish page and the committee's case page) shows what a test reads.
import type { Locator, Page } from 'playwright-core'

/** The status tag at the head of the wish detail: 待认领, 已派单… */
export function wishStatus(scope: Page | Locator): Locator {
  return scope.locator('.wish-detail__head .wish-status')
}

/** The value of one labelled row of the wish detail, e.g. `holder` (认领人), `resource`. */
export function wishFact(scope: Page | Locator, row: string): Locator {
  return scope.locator(`.wish-detail__${row} .wish-detail__value`)
}
