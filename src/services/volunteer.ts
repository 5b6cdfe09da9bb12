// Verb-named wrappers for the `volunteer.*` actions: the volunteer's own profile and consent.
import { actionCaller } from './call-function'

export const myVolunteer = actionCaller('volunteer', 'mine')

/** Becomes a volunteer (with consent), or updates the profile. */
export const registerVolunteer = actionCaller('volunteer', 'register')

/** Takes back the consent: the phone and profile go, upcoming sign-ups are cancelled. */
export const withdrawVolunteer = actionCaller('volunteer', 'withdraw', () => ({
  confirm: true as const,
}))

/** The committee or a secretary finds volunteers by name, to choose an activity's leaders. */
export const searchVolunteers = actionCaller('volunteer', 'search', (keyword: string) => ({
  keyword,
}))
