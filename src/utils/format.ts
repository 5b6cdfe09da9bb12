// How the app shows values; times are Asia/Shanghai through the one shared time module.
export { formatShanghai } from '../../types/shanghai-time'
