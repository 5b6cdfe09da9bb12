import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import { CONSENT_TEXT } from '../../../../types/member'
import { ConsentText } from '../../../components/ConsentText'
import { PageShell } from '../../../components/PageShell'
import { ROUTES } from '../../../constants/routes'
import './index.scss'

/** The register page after an explicit agreement; the flag lets it open an empty form. */
const REGISTER_AFTER_CONSENT = `${ROUTES.memberRegister}?consent=1`

/** The separate consent for sensitive personal information, asked before any field is shown. */
export default function MemberConsentPage() {
  const [agreed, setAgreed] = useState(false)

  const decline = () => {
    if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
    else Taro.reLaunch({ url: ROUTES.home })
  }

  return (
    <PageShell className="consent">
      <ConsentText title={CONSENT_TEXT.title} wording={CONSENT_TEXT} />

      <View className="section consent__actions">
        <Checkbox
          className="consent__agree"
          checked={agreed}
          label="我已阅读并同意"
          onChange={setAgreed}
        />
        <Button
          className="consent__accept"
          type="primary"
          block
          disabled={!agreed}
          onClick={() => Taro.redirectTo({ url: REGISTER_AFTER_CONSENT })}
        >
          同意并继续
        </Button>
        <Button className="consent__decline" fill="none" block onClick={decline}>
          不同意
        </Button>
      </View>
    </PageShell>
  )
}
