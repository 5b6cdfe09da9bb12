export { DateTimeField, NO_DAY_TIME, dayTimeIso, dayTimeOf } from './DateTimeField'
export type { DateTimeFieldProps, DayTime } from './DateTimeField'
