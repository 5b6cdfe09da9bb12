export { ConsoleNav } from './ConsoleNav'
export type { ConsoleNavCard, ConsoleNavProps } from './ConsoleNav'
