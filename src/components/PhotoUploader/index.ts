export { PhotoUploader } from './PhotoUploader'
export type { PhotoUploaderProps } from './PhotoUploader'
