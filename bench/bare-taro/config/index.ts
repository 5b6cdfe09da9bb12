// A bare Taro page with the same Taro version and runner as the app: the yardstick for bundle sizes.
import { defineConfig } from '@tarojs/cli'

export default defineConfig<'webpack5'>({
  projectName: 'bare-taro',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${process.env.TARO_ENV}`,
  framework: 'react',
  compiler: 'webpack5',
  mini: {},
  h5: { publicPath: '/', staticDirectory: 'static' },
})
