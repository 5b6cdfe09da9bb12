// Verb-named wrappers for the `volunteer.*` actions: the volunteer's own profile and consent.
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type MyVolunteer = ActionOutput<'volunteer', 'mine'>
export type VolunteerProfile = ActionOutput<'volunteer', 'register'>
export type RegisterVolunteerInput = ActionInput<'volunteer', 'register'>

export function myVolunteer(): Promise<MyVolunteer> {
  return callFunction('volunteer', 'mine', {})
}

/** Becomes a volunteer (with consent), or updates the profile. */
export function registerVolunteer(
  input: RegisterVolunteerInput,
  options?: CallOptions,
): Promise<VolunteerProfile> {
  return callFunction('volunteer', 'register', input, options)
}

/** Takes back the consent: the phone and profile go, upcoming sign-ups are cancelled. */
export function withdrawVolunteer(
  options?: CallOptions,
): Promise<ActionOutput<'volunteer', 'withdraw'>> {
  return callFunction('volunteer', 'withdraw', { confirm: true }, options)
}

/** The committee or a secretary finds volunteers by name, to choose an activity's leaders. */
export function searchVolunteers(keyword: string): Promise<ActionOutput<'volunteer', 'search'>> {
  return callFunction('volunteer', 'search', { keyword })
}
