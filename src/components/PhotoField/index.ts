export { PhotoField, optionalPhotos } from './PhotoField'
export type { PhotoFieldProps, PhotoSpec } from './PhotoField'
