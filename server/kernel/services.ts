// The services handlers use, chosen once per cold start from the validated configuration: WeChat's
// in the cloud, offline stand-ins on the local stack. Handlers reach them only through
// `ctx.services`, so a test can pass its own.
import { LOGIN_TARGET, qrCodeImage, wxaCodeImage, type CodeImage } from '../services/code-image'
import { localContentCheck, wechatContentCheck, type ContentCheck } from '../services/content-check'
import {
  offlinePhoneNumbers,
  wechatPhoneNumbers,
  type PhoneNumbers,
} from '../services/phone-number'
import { shopCodeSigner, type ShopCodeSigner } from '../services/shop-code'
import { TokenSigner } from '../services/session-tokens'
import {
  outboxSender,
  wechatSender,
  type MessageSender,
  type Templates,
} from '../services/subscribe-message'
import { appendOutbox } from '../repositories/outbox'
import { cloudFiles, type Files } from '../services/files'
import {
  localMiniProgramLinks,
  wechatMiniProgramLinks,
  type MiniProgramLinks,
} from '../services/mini-program-link'
import { readConfig, type AppConfig } from './config'

export type Services = {
  contentCheck: ContentCheck
  shopCodes: ShopCodeSigner
  codeImage: CodeImage
  /** The code a phone scans to confirm a desktop's sign-in. */
  loginCode: CodeImage
  phoneNumbers: PhoneNumbers
  /** Subscribe messages: WeChat's send, or the local outbox. */
  messages: MessageSender
  templates: Templates
  /** Where the h5 app is served: public pages' QR codes (certificates) point there. */
  h5BaseUrl: string
  /** Web sign-in tokens; demo tokens are honoured only where `acceptDemoTokens`. */
  tokens: TokenSigner
  /** The local stack: its demo mode signs people in as personas without a phone. */
  acceptDemoTokens: boolean
  /** Cloud storage: uploads and exports, handed out as temporary URLs. */
  files: Files
  /** URL Links that hand an h5 visitor over to a page of the mini-program. */
  miniProgramLinks: MiniProgramLinks
}

export function servicesFor(config: AppConfig): Services {
  const local = config.mode === 'local'
  return {
    contentCheck: local ? localContentCheck : wechatContentCheck,
    shopCodes: shopCodeSigner(config.shopCodeKeys),
    codeImage: local ? qrCodeImage(config.h5BaseUrl) : wxaCodeImage(config.h5BaseUrl),
    loginCode: local
      ? qrCodeImage(config.h5BaseUrl, LOGIN_TARGET)
      : wxaCodeImage(config.h5BaseUrl, LOGIN_TARGET),
    phoneNumbers: local ? offlinePhoneNumbers : wechatPhoneNumbers,
    messages: local ? outboxSender(appendOutbox) : wechatSender,
    templates: config.subscribeTemplates,
    h5BaseUrl: config.h5BaseUrl,
    tokens: new TokenSigner(config.webSessionKey),
    acceptDemoTokens: local,
    // The same SDK calls everywhere: the local endpoint emulates CloudBase storage.
    files: cloudFiles,
    miniProgramLinks: local ? localMiniProgramLinks(config.h5BaseUrl) : wechatMiniProgramLinks,
  }
}

let built: Services | null = null

/** This deployment's services, built from the environment on first use. */
export function appServices(): Services {
  built ??= servicesFor(readConfig(process.env))
  return built
}
