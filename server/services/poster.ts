// Print-ready posters of shop codes (A5/A4 PDF): the shop's name, its code, its stars and level,
// and "扫码查看诚信档案、监督投诉". Chinese text is drawn as vector outlines taken from HarmonyOS
// Sans SC (shipped on npm split by Unicode range), so the PDF prints the same everywhere without
// embedding a 10 MB font; the split files are picked per character from the package's CSS.
import fs from 'node:fs'
import path from 'node:path'
import * as fontkit from 'fontkit'
import PDFDocument from 'pdfkit'

export type PosterShop = {
  name: string
  address: string
  floorUnit: string
  stars: number
  levelLabel: string
  levelColour: string
  /** PNG bytes of the shop's code. */
  codeImage: Buffer
}

export type Weight = 'Regular' | 'Bold'
type Face = { file: string; ranges: [number, number][] }

export const PAGE = { A5: [419.53, 595.28], A4: [595.28, 841.89] } as const
export const RED = '#C8161D'

let fontDir: string | null = null
const faces = new Map<Weight, Face[]>()
const fonts = new Map<string, fontkit.Font>()

function fontFolder(): string {
  // The package exports only dist/index.css; its folder holds every weight's CSS and fonts.
  fontDir ??= path.dirname(require.resolve('harmonyos-sans-sc-webfont-splitted'))
  return fontDir
}

function facesOf(weight: Weight): Face[] {
  let list = faces.get(weight)
  if (!list) {
    const css = fs.readFileSync(path.join(fontFolder(), `${weight}.css`), 'utf8')
    list = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
      const file = /url\("\.\/([^"]+)"\)/.exec(m[1])?.[1]
      const range = /unicode-range:([^;]+)/.exec(m[1])?.[1]
      if (!file || !range) return []
      const ranges = range.split(',').map((r): [number, number] => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(a, 16), parseInt(b ?? a, 16)]
      })
      return [{ file, ranges }]
    })
    faces.set(weight, list)
  }
  return list
}

type Outline = { svg: string; advance: number; unitsPerEm: number }
const outlines = new Map<string, Outline | null>()

/** A character's outline and advance, cached: posters repeat the same characters a lot. */
function outlineOf(char: string, weight: Weight): Outline | null {
  const key = `${weight}:${char}`
  let outline = outlines.get(key)
  if (outline === undefined) {
    const g = glyphFor(char, weight)
    outline = g
      ? { svg: g.glyph.path.toSVG(), advance: g.glyph.advanceWidth, unitsPerEm: g.font.unitsPerEm }
      : null
    outlines.set(key, outline)
  }
  return outline
}

function glyphFor(
  char: string,
  weight: Weight,
): { glyph: fontkit.Glyph; font: fontkit.Font } | null {
  const cp = char.codePointAt(0)!
  const face = facesOf(weight).find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b))
  if (!face) return null
  let font = fonts.get(face.file)
  if (!font) {
    font = fontkit.create(fs.readFileSync(path.join(fontFolder(), face.file))) as fontkit.Font
    fonts.set(face.file, font)
  }
  return { glyph: font.glyphForCodePoint(cp), font }
}

export type TextStyle = { size: number; weight?: Weight; colour?: string; maxWidth: number }

/** Width of a line of text at a size, in points. */
export function measure(text: string, size: number, weight: Weight): number {
  let width = 0
  for (const ch of text) {
    const o = outlineOf(ch, weight)
    width += o ? (o.advance / o.unitsPerEm) * size : size * 0.3
  }
  return width
}

/** Draws one centred line; shrinks the size until it fits the width. */
export function drawCentred(
  doc: PDFKit.PDFDocument,
  text: string,
  centreX: number,
  baseline: number,
  style: TextStyle,
) {
  const { size, weight } = fitted(text, style)
  drawOutlines(doc, text, centreX - measure(text, size, weight) / 2, baseline, size, weight, style)
}

/** Draws one line from `x`; shrinks the size until it fits the width. */
export function drawLeft(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
) {
  const { size, weight } = fitted(text, style)
  drawOutlines(doc, text, x, baseline, size, weight, style)
}

/** The style's size, shrunk (to 8 at the least) until the text fits its width. */
function fitted(text: string, style: TextStyle): { size: number; weight: Weight } {
  const weight = style.weight ?? 'Regular'
  let size = style.size
  while (size > 8 && measure(text, size, weight) > style.maxWidth) size -= 1
  return { size, weight }
}

/** The characters' outlines, filled, from `x` on the baseline. */
function drawOutlines(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baseline: number,
  size: number,
  weight: Weight,
  style: TextStyle,
) {
  doc.save().fillColor(style.colour ?? '#222222')
  for (const ch of text) {
    const o = outlineOf(ch, weight)
    if (!o) {
      x += size * 0.3
      continue
    }
    const scale = size / o.unitsPerEm
    doc.save().translate(x, baseline).scale(scale, -scale).path(o.svg).fill().restore()
    x += o.advance * scale
  }
  doc.restore()
}

function drawPoster(
  doc: PDFKit.PDFDocument,
  shop: PosterShop,
  district: string,
  [w, h]: readonly [number, number],
) {
  const u = w / 420 // layout unit: 1 on A5
  const cx = w / 2
  doc.rect(0, 0, w, 70 * u).fill(RED)
  drawCentred(doc, `${district} · 诚信经营`, cx, 44 * u, {
    size: 22 * u,
    weight: 'Bold',
    colour: '#FFFFFF',
    maxWidth: w - 40 * u,
  })
  drawCentred(doc, shop.name, cx, 120 * u, { size: 30 * u, weight: 'Bold', maxWidth: w - 40 * u })
  drawCentred(doc, `${shop.address}  ${shop.floorUnit}`.trim(), cx, 146 * u, {
    size: 12 * u,
    colour: '#555555',
    maxWidth: w - 40 * u,
  })
  const qr = 220 * u
  doc.image(shop.codeImage, cx - qr / 2, 166 * u, { width: qr, height: qr })
  const stars = '★'.repeat(shop.stars) + '☆'.repeat(5 - shop.stars)
  drawCentred(doc, stars, cx, 420 * u, { size: 26 * u, colour: '#E6A23C', maxWidth: w })
  drawCentred(doc, `诚信等级：${shop.levelLabel}`, cx, 450 * u, {
    size: 15 * u,
    colour: shop.levelColour,
    maxWidth: w,
  })
  drawCentred(doc, '扫码查看诚信档案、监督投诉', cx, 500 * u, {
    size: 20 * u,
    weight: 'Bold',
    colour: RED,
    maxWidth: w - 30 * u,
  })
  drawCentred(doc, '微信扫一扫 · 诚信经营接受监督', cx, h - 28 * u, {
    size: 10 * u,
    colour: '#888888',
    maxWidth: w,
  })
}

/** One page per shop, in the given paper size. */
export function renderPosters(
  shops: PosterShop[],
  size: 'A5' | 'A4',
  district: string,
): Promise<Buffer> {
  const [w, h] = PAGE[size]
  const doc = new PDFDocument({
    size: [w, h],
    margin: 0,
    autoFirstPage: false,
    info: { Title: `${district} 店铺诚信二维码` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  for (const shop of shops) {
    doc.addPage({ size: [w, h], margin: 0 })
    drawPoster(doc, shop, district, [w, h])
  }
  doc.end()
  return done
}
