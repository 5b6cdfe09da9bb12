export { ProjectItem, ProjectItems } from './ProjectItems'
export type { ProjectItemProps, ProjectItemsProps } from './ProjectItems'
