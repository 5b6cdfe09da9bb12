export { ConsolePage } from './ConsolePage'
export type { ConsolePageProps } from './ConsolePage'
