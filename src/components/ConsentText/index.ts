export { ConsentText } from './ConsentText'
export type { ConsentTextProps, ConsentWording } from './ConsentText'
