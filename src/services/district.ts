import type { ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type DistrictOverview = ActionOutput<'district', 'overview'>

/** The district's name, committee, intro and headline figures. */
export const getOverview = actionCaller('district', 'overview')
