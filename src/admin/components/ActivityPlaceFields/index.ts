export { ActivityPlaceFields, EMPTY_PLACE } from './ActivityPlaceFields'
export type { ActivityPlaceFieldsProps, PlaceDraft } from './ActivityPlaceFields'
