// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// NutUI React Taro 3.x is imported per component: `import { Button } from '@nutui/nutui-react-taro'`
// becomes the component module plus its compiled CSS, so only what we use reaches the bundle.
const NUTUI_PACKAGES = '@nutui/nutui-react-taro/dist/es/packages'

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `${NUTUI_PACKAGES}/${name.toLowerCase()}`,
        customStyleName: (name) => `${NUTUI_PACKAGES}/${name.toLowerCase()}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}
