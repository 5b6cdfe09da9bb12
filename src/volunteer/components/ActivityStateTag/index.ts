export { ActivityStateTag } from './ActivityStateTag'
