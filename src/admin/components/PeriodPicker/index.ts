export { PeriodPicker, defaultPeriod, type PickedPeriod } from './PeriodPicker'
