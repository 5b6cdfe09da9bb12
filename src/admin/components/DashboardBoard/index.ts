export { DashboardBoard } from './DashboardBoard'
