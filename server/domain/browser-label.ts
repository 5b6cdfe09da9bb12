// The browser a login request came from, as the phone shows it before its owner confirms: enough
// to tell "my desk's Chrome on Windows" from a stranger's, not a full user-agent parse.
const BROWSERS: [RegExp, string][] = [
  [/MicroMessenger\/([\d]+)/, '微信'],
  [/Edg\/([\d]+)/, 'Edge'],
  [/Firefox\/([\d]+)/, 'Firefox'],
  [/(?:Chrome|Chromium)\/([\d]+)/, 'Chrome'],
  [/Version\/([\d]+)[^ ]* (?:Mobile\/\S+ )?Safari/, 'Safari'],
]
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux|X11/, 'Linux'],
]

export function browserLabel(userAgent: string | null): string {
  if (!userAgent) return '未知浏览器'
  const browser = BROWSERS.find(([re]) => re.test(userAgent))
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1]
  const name = browser ? `${browser[1]} ${browser[0].exec(userAgent)![1]}` : '未知浏览器'
  return system ? `${name} · ${system}` : name
}
