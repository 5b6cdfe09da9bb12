/** The committee's red (党建红) as NutUI theme variables; ConfigProvider turns them into CSS vars. */
export const PARTY_RED = '#C8161D'

export const NUTUI_THEME: Record<string, string> = {
  nutuiColorPrimary: PARTY_RED,
  nutuiColorPrimaryStop1: '#E2231A',
  nutuiColorPrimaryStop2: PARTY_RED,
  nutuiColorPrimaryPressed: '#A31218',
  nutuiColorPrimaryLightPressed: '#FBE9EA',
  nutuiColorPrimaryDisabled: '#E8A3A6',
}
