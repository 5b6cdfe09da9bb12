export { PhotoField } from './PhotoField'
export type { PhotoFieldProps, PhotoSpec } from './PhotoField'
