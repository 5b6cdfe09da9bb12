export { AudienceField, audienceOf } from './AudienceField'
export type { AudienceDraft, AudienceFieldProps, AudienceKind, BranchOption } from './AudienceField'
