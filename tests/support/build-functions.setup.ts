// Bundles the cloud functions once before the integration and browser projects, so `npx jest` on
// its own tests the current code.
import { buildFunctions } from '../../scripts/build-functions'

export default async function setup(): Promise<void> {
  await buildFunctions()
}
