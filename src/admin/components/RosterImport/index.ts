export { RosterImport } from './RosterImport'
export type { RosterImportProps } from './RosterImport'
