export { ProjectAttach } from './ProjectAttach'
export type { ProjectAttachProps } from './ProjectAttach'
