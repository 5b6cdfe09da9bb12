export { AdminToggle } from './AdminToggle'
