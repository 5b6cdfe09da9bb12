export { PhoneField } from './PhoneField'
export type { PhoneFieldProps } from './PhoneField'
export { phoneInput, usePhone } from './use-phone'
export type { PhoneState } from './use-phone'
