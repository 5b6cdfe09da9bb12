export { HonourTags } from './HonourTags'
export type { HonourTagsProps } from './HonourTags'
