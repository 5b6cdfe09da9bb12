import { actionCaller } from './call-function'

/** The district's name, committee, intro and headline figures. */
export const getOverview = actionCaller('district', 'overview')
