// Taro build config for both targets. Builds land side by side in dist/weapp and dist/h5; NutUI is
// imported per component (see babel.config.js) and sized with its own 375 design width.
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import path from 'node:path'
import devConfig from './dev'
import prodConfig from './prod'

/** Build-time settings; each has a default so no bare `process.env.X` survives into a bundle. */
const APP_ENV = {
  TARO_APP_API_BASE: process.env.TARO_APP_API_BASE ?? '',
  TARO_APP_CLOUD_ENV: process.env.TARO_APP_CLOUD_ENV ?? '',
}

// The shared zod contract lives outside src/ and must go through babel like our own code.
const SHARED_TYPES = path.resolve(__dirname, '..', 'types')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'red-business-district',
    date: '2025-11-24',
    // NutUI's sizes are drawn on a 375 canvas, ours on 750.
    designWidth(input) {
      const file = typeof input === 'object' && input?.file ? input.file.replace(/\\+/g, '/') : ''
      return file.includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    env: Object.fromEntries(Object.entries(APP_ENV).map(([k, v]) => [k, JSON.stringify(v)])),
    defineConstants: {},
    // The browser tab's icon, served from the site's root where browsers look for it.
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? [{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // The cache lives in this checkout, not in node_modules/.cache: git worktrees share one
    // node_modules, and a shared cache mixes their sources into one another's builds. Production
    // builds skip it: a weapp build from a warm cache once left a subpackage chunk requiring a
    // module no chunk held.
    cache: {
      enable: process.env.NODE_ENV !== 'production',
      cacheDirectory: path.resolve(__dirname, '..', '.temp', 'webpack-cache'),
    } as { enable: boolean },
    mini: {
      compile: { include: [SHARED_TYPES] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // NutUI ships ESM with px units; compiling it lets pxtransform turn them into rem.
      esnextModules: ['nutui-react-taro', 'icons-react-taro'],
      compile: { include: [SHARED_TYPES] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // The root size follows the screen up to a large phone's (414 px → 22 px) and stops there,
        // so a desk shows text at a desk's size rather than a phone's doubled.
        pxtransform: { enable: true, config: { maxRootSize: 22 } },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Pages load as async chunks; without this each page chunk carries its own NutUI and zod.
        chain.optimization.merge({ splitChunks: { chunks: 'all', minSize: 10000 } })
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
