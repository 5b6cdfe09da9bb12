import type { ActionOutput } from '../../types/api'
import { callFunction } from './call-function'

export type DistrictOverview = ActionOutput<'district', 'overview'>

/** The district's name, committee, intro and headline figures. */
export function getOverview(): Promise<DistrictOverview> {
  return callFunction('district', 'overview', {})
}
