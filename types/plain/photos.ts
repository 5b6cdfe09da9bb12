/** How many photo URLs `user.photoUrls` gives in one call. */
export const PHOTO_URLS_PER_CALL = 50
