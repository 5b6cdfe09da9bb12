// Local photo storage for the h5 app in local mode (the mini-program uploads to CloudBase storage
// and gets cloud:// file ids). Uploads are raw image bytes, checked by content type AND by their
// first bytes, stored under their SHA-256 so the same photo is stored once, and served back only
// by that exact name, so no path can reach outside the storage folder.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type http from 'node:http'

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024

type ImageType = {
  ext: 'jpg' | 'png' | 'webp'
  contentType: string
  matches: (b: Buffer) => boolean
}

const IMAGE_TYPES: ImageType[] = [
  {
    ext: 'jpg',
    contentType: 'image/jpeg',
    matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    ext: 'png',
    contentType: 'image/png',
    matches: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    ext: 'webp',
    contentType: 'image/webp',
    matches: (b) =>
      b.length > 12 &&
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

const STORED_NAME = /^[a-f0-9]{64}\.(jpg|png|webp)$/

export type StoredFile = { fileId: string; url: string }

export class LocalStorage {
  constructor(private readonly dir: string) {}

  /** The image type a declared content type names, or null for anything else. */
  static typeFor(contentType: string | undefined): ImageType | null {
    const bare = (contentType ?? '').split(';')[0].trim().toLowerCase()
    return IMAGE_TYPES.find((t) => t.contentType === bare) ?? null
  }

  /** Stores the bytes if they really are an image of the declared type; null otherwise. */
  save(type: ImageType, bytes: Buffer): StoredFile | null {
    if (!type.matches(bytes)) return null
    const name = `${crypto.createHash('sha256').update(bytes).digest('hex')}.${type.ext}`
    fs.mkdirSync(this.dir, { recursive: true })
    const file = path.join(this.dir, name)
    if (!fs.existsSync(file)) {
      // Written beside and renamed, so a reader never sees half a photo.
      const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.part`
      fs.writeFileSync(partial, bytes)
      fs.renameSync(partial, file)
    }
    return { fileId: `local://uploads/${name}`, url: `/storage/uploads/${name}` }
  }

  /** Serves a stored photo by its exact name; false when there is no such photo. */
  serve(name: string, res: http.ServerResponse): boolean {
    if (!STORED_NAME.test(name)) return false
    const file = path.join(this.dir, name)
    if (!fs.existsSync(file)) return false
    const type = IMAGE_TYPES.find((t) => name.endsWith(`.${t.ext}`))!
    const bytes = fs.readFileSync(file)
    res.writeHead(200, {
      'content-type': type.contentType,
      'content-length': bytes.length,
      // The name is the content's hash: it never changes.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    })
    res.end(bytes)
    return true
  }
}
