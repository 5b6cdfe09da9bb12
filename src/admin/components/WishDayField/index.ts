export { WishDayField, dayFromToday } from './WishDayField'
export type { WishDayFieldProps, DayShortcut } from './WishDayField'
