// 用户: the caller's profile and roles; the committee's list of users, and who its admins are
// (the first by the 启用码 of the first run, the rest appointed by admins); the web app's photos.
import { createMain } from '../../server/kernel/router'
import { bootstrap, list, me, setAdmin, updateProfile } from './handlers'
import { photoUrls, uploadPhoto } from './photos'

export const main = createMain('user', {
  me,
  updateProfile,
  list,
  bootstrap,
  setAdmin,
  uploadPhoto,
  photoUrls,
})
