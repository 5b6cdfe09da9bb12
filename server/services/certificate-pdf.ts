// 志愿服务证明 as an A4 PDF: the volunteer's name and total hours, the records (date, activity,
// hours), the issuer and date, the serial and a QR of the public verification page. Chinese text
// is drawn as outlines with the poster's font machinery, so it prints the same everywhere.
import PDFDocument from 'pdfkit'
import { PAGE, RED, drawCentred, drawLeft } from './poster'

export type CertificateContent = {
  serial: string
  name: string
  hours: number
  records: { date: string; activity: string; hours: number }[]
  /** The one activity certified, or null for every record. */
  activity: string | null
  issuer: string
  /** YYYY年MM月DD日 */
  issuedOn: string
  /** PNG bytes of the verification page's QR. */
  qrImage: Buffer
}

const [W, H] = PAGE.A4
const MARGIN = 56
const ROW = 20

function header(doc: PDFKit.PDFDocument, c: CertificateContent): number {
  doc.rect(0, 0, W, 8).fill(RED)
  drawCentred(doc, '志愿服务证明', W / 2, 92, {
    size: 32,
    weight: 'Bold',
    colour: RED,
    maxWidth: W - 2 * MARGIN,
  })
  const scope = c.activity ? `参加「${c.activity}」志愿服务活动` : '参加志愿服务活动'
  const lines = [
    `兹证明 ${c.name} 同志${scope}，`,
    `经记录，累计志愿服务时长 ${c.hours} 小时。服务记录如下：`,
  ]
  lines.forEach((line, i) =>
    drawLeft(doc, line, MARGIN, 150 + i * 26, { size: 15, maxWidth: W - 2 * MARGIN }),
  )
  return 150 + lines.length * 26 + 10
}

function tableHead(doc: PDFKit.PDFDocument, y: number): number {
  const style = { size: 12, weight: 'Bold' as const, maxWidth: 300 }
  drawLeft(doc, '日期', MARGIN, y, style)
  drawLeft(doc, '活动', MARGIN + 100, y, style)
  drawLeft(doc, '时长（小时）', W - MARGIN - 80, y, { ...style, maxWidth: 80 })
  doc
    .moveTo(MARGIN, y + 6)
    .lineTo(W - MARGIN, y + 6)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke()
  return y + ROW
}

function footer(doc: PDFKit.PDFDocument, c: CertificateContent, y: number) {
  const qr = 96
  drawLeft(doc, `出具单位：${c.issuer}`, MARGIN, y + 20, { size: 13, maxWidth: W / 2 })
  drawLeft(doc, `出具日期：${c.issuedOn}`, MARGIN, y + 44, { size: 13, maxWidth: W / 2 })
  drawLeft(doc, `证明编号：${c.serial}`, MARGIN, y + 68, { size: 11, maxWidth: W / 2 })
  drawLeft(doc, '扫描右侧二维码可查验本证明真伪', MARGIN, y + 90, {
    size: 10,
    colour: '#666666',
    maxWidth: W / 2,
  })
  doc.image(c.qrImage, W - MARGIN - qr, y, { width: qr, height: qr })
}

/** The certificate's PDF bytes; a long list of records continues on further pages. */
export function renderCertificate(c: CertificateContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [W, H],
    margin: 0,
    info: { Title: `志愿服务证明 ${c.serial}` },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  let y = tableHead(doc, header(doc, c))
  const last = H - MARGIN - 130
  for (const r of c.records) {
    if (y > last) {
      doc.addPage({ size: [W, H], margin: 0 })
      y = tableHead(doc, MARGIN + 20)
    }
    drawLeft(doc, r.date, MARGIN, y, { size: 11, maxWidth: 95 })
    drawLeft(doc, r.activity, MARGIN + 100, y, { size: 11, maxWidth: W - 2 * MARGIN - 190 })
    drawLeft(doc, String(r.hours), W - MARGIN - 80, y, { size: 11, maxWidth: 80 })
    y += ROW
  }
  footer(doc, c, Math.max(y + 20, last))
  doc.end()
  return done
}
