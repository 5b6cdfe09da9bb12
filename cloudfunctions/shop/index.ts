// 店铺: the public list and card (by id or by scanned code), the committee's management, the
// merchant's own shop, signed codes and honours.
import { createMain } from '../../server/kernel/router'
import {
  adminGet,
  adminList,
  create,
  importSheet,
  issueClaimCode,
  setStatus,
  update,
} from './handlers/admin'
import { code } from './handlers/codes'
import { awardHonour, revokeHonour } from './handlers/honours'
import { claim, history, mine, setCommitments, updateProfile } from './handlers/merchant'
import { allPosters, poster } from './handlers/posters'
import { get, list, scan } from './handlers/public'

export const main = createMain('shop', {
  list,
  get,
  scan,
  code,
  poster,
  allPosters,
  adminGet,
  adminList,
  create,
  update,
  setStatus,
  importSheet,
  issueClaimCode,
  claim,
  mine,
  updateProfile,
  setCommitments,
  awardHonour,
  revokeHonour,
  history,
})
