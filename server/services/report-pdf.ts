// 月度工作报告 as an A4 PDF: the summary, the figures table and the dashboard's charts drawn as bars.
// Charts are drawn with PDF rectangles rather than rendered by echarts, so the report needs no
// browser or canvas on the server and prints sharp at any size.
import PDFDocument from 'pdfkit'
import { PAGE, RED, drawCentred, drawLeft, measure } from './poster'

/** A bar's values, one per series; `colour` paints this bar alone (e.g. a level's own colour). */
export type ReportBar = { label: string; values: number[]; colour?: string }
export type ReportChart = {
  title: string
  /** One name and colour per value of each bar (one series, or several side by side). */
  series: { name: string; colour: string }[]
  bars: ReportBar[]
  unit: string
}
export type ReportContent = {
  title: string
  periodLabel: string
  /** 生成日期, YYYY年MM月DD日. */
  madeOn: string
  summary: string[]
  figures: { item: string; value: string | number }[]
  charts: ReportChart[]
}

const [W, H] = PAGE.A4
const MARGIN = 50
const BODY = W - 2 * MARGIN
const LABEL_WIDTH = 110
const BAR = 11

/** Splits a paragraph into lines that fit `width` at `size`, character by character (CJK text). */
export function wrapLines(text: string, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (line && measure(line + ch, size, 'Regular') > width) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  if (line) lines.push(line)
  return lines
}

class Pages {
  y = MARGIN
  constructor(readonly doc: PDFKit.PDFDocument) {}
  /** Room for `height` more points on this page, or a new page. */
  need(height: number) {
    if (this.y + height <= H - MARGIN) return
    this.doc.addPage({ size: [W, H], margin: 0 })
    this.y = MARGIN
  }
}

/** A section heading, kept on one page with the first `keep` points of what follows it. */
function heading(p: Pages, text: string, keep = 60) {
  p.need(36 + keep)
  p.y += 26
  drawLeft(p.doc, text, MARGIN, p.y, { size: 15, weight: 'Bold', colour: RED, maxWidth: BODY })
  p.y += 10
}

function cover(p: Pages, c: ReportContent) {
  p.doc.rect(0, 0, W, 8).fill(RED)
  drawCentred(p.doc, c.title, W / 2, 80, { size: 24, weight: 'Bold', colour: RED, maxWidth: BODY })
  drawCentred(p.doc, `月度工作报告 · ${c.periodLabel}`, W / 2, 112, { size: 15, maxWidth: BODY })
  drawCentred(p.doc, `生成日期：${c.madeOn}`, W / 2, 134, {
    size: 10,
    colour: '#666666',
    maxWidth: BODY,
  })
  p.y = 150
}

function summary(p: Pages, sentences: string[]) {
  heading(p, '一、工作小结')
  for (const sentence of sentences)
    for (const [i, line] of wrapLines(sentence, 12, BODY - 24).entries()) {
      p.need(20)
      p.y += 20
      drawLeft(p.doc, line, MARGIN + (i === 0 ? 24 : 0), p.y, { size: 12, maxWidth: BODY })
    }
}

function figures(p: Pages, rows: ReportContent['figures']) {
  heading(p, '二、主要数据')
  const half = Math.ceil(rows.length / 2)
  const colWidth = BODY / 2
  for (let i = 0; i < half; i++) {
    p.need(18)
    p.y += 18
    for (const [col, row] of [rows[i], rows[i + half]].entries()) {
      if (!row) continue
      const x = MARGIN + col * colWidth
      drawLeft(p.doc, row.item, x, p.y, { size: 10, colour: '#555555', maxWidth: colWidth - 90 })
      drawLeft(p.doc, String(row.value), x + colWidth - 85, p.y, {
        size: 10,
        weight: 'Bold',
        maxWidth: 80,
      })
    }
  }
}

function chart(p: Pages, c: ReportChart) {
  const rowHeight = c.series.length * BAR + 8
  p.need(40 + c.bars.length * rowHeight + 20)
  p.y += 28
  drawLeft(p.doc, c.title, MARGIN, p.y, { size: 12, weight: 'Bold', maxWidth: BODY })
  if (c.series.length > 1)
    c.series.forEach((s, i) => {
      const x = MARGIN + BODY - (c.series.length - i) * 80
      p.doc.rect(x, p.y - 8, 8, 8).fill(s.colour)
      drawLeft(p.doc, s.name, x + 12, p.y, { size: 9, maxWidth: 64 })
    })
  p.y += 10
  const max = Math.max(1, ...c.bars.flatMap((b) => b.values))
  const width = BODY - LABEL_WIDTH - 60
  for (const bar of c.bars) {
    drawLeft(p.doc, bar.label, MARGIN, p.y + rowHeight / 2 + 3, {
      size: 9,
      maxWidth: LABEL_WIDTH - 8,
    })
    bar.values.forEach((value, i) => {
      const top = p.y + 4 + i * BAR
      const length = (value / max) * width
      if (length > 0)
        p.doc
          .rect(MARGIN + LABEL_WIDTH, top, length, BAR - 2)
          .fill(bar.colour ?? c.series[i].colour)
      drawLeft(p.doc, `${value}${c.unit}`, MARGIN + LABEL_WIDTH + length + 4, top + BAR - 3, {
        size: 8,
        colour: '#333333',
        maxWidth: 56,
      })
    })
    p.y += rowHeight
  }
}

/** The report's PDF bytes. */
export function renderReport(c: ReportContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [W, H],
    margin: 0,
    info: { Title: `${c.title} 月度工作报告 ${c.periodLabel}` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const pages = new Pages(doc)
  cover(pages, c)
  summary(pages, c.summary)
  figures(pages, c.figures)
  heading(pages, '三、图表', 200)
  for (const item of c.charts) chart(pages, item)
  doc.end()
  return done
}
