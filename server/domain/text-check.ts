// Free text others will read goes through the content-safety check before it is written; the
// first text refused is answered as an error on its field.
import { fieldError } from '../kernel/app-error'
import type { Ctx } from '../kernel/context'

/** `texts` maps each field to its text (empty ones are skipped), in the order they are reported. */
export async function checkTexts(ctx: Ctx, texts: Record<string, string>): Promise<void> {
  const fields = Object.entries(texts).filter(([, text]) => text)
  const verdicts = await Promise.all(
    fields.map(([, text]) => ctx.services.contentCheck.check(text, ctx)),
  )
  const refused = verdicts.findIndex((v) => !v.ok)
  if (refused >= 0)
    throw fieldError(fields[refused][0], verdicts[refused].reason ?? '内容未通过安全检查')
}
