export { ProjectForm } from './ProjectForm'
export type { ProjectFormProps } from './ProjectForm'
