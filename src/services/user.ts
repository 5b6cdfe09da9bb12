import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction } from './call-function'

export type Profile = ActionOutput<'user', 'me'>
export type UserPage = ActionOutput<'user', 'list'>
export type UserListQuery = ActionInput<'user', 'list'>

/** The caller's profile and roles; creates the user record on first call. */
export function getMe(): Promise<Profile> {
  return callFunction('user', 'me', {})
}

/** Changes the caller's nickname. */
export function updateProfile(input: ActionInput<'user', 'updateProfile'>): Promise<Profile> {
  return callFunction('user', 'updateProfile', input)
}

/** Users and their roles, for the committee (admin only). */
export function listUsers(query: UserListQuery): Promise<UserPage> {
  return callFunction('user', 'list', query)
}
