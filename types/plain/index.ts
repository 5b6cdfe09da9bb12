// Constants the scan and home pages need, in modules that import nothing, so the weapp main
// package and the h5 first visit do not pull zod in with them. The schema modules re-export them.
export * from './complaint'
export * from './integrity'
export * from './photos'
export * from './shop'
