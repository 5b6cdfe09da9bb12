export { RoleTags, roleLabel } from './RoleTags'
export type { RoleTagsProps } from './RoleTags'
