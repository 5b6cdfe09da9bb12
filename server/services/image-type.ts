// What an uploaded photo really is, read from its first bytes: a declared type or a file name can
// say anything, so only JPEG, PNG and WebP signatures are taken as images.

export type ImageType = { ext: 'jpg' | 'png' | 'webp'; contentType: string }

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The image type `bytes` start with, or null when they are no JPEG, PNG or WebP. */
export function imageTypeOf(bytes: Buffer): ImageType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { ext: 'jpg', contentType: 'image/jpeg' }
  }
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { ext: 'png', contentType: 'image/png' }
  }
  if (
    bytes.length > 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return { ext: 'webp', contentType: 'image/webp' }
  }
  return null
}
