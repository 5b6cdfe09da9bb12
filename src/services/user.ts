import type { ActionInput, ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type UserPage = ActionOutput<'user', 'list'>
export type UserListQuery = ActionInput<'user', 'list'>

/** The caller's profile and roles; creates the user record on first call. */
export const getMe = actionCaller('user', 'me')

/** Changes the caller's nickname. */
export const updateProfile = actionCaller('user', 'updateProfile')

/** Users and their roles, for the committee (admin only). */
export const listUsers = actionCaller('user', 'list')
