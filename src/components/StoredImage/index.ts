export { StoredImage } from './StoredImage'
export type { StoredImageProps } from './StoredImage'
