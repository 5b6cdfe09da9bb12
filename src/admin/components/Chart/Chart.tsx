// One chart, drawn by echarts: on h5 into a DOM element, on weapp into a `<Canvas type="2d">` node
// (the maintained Taro wrappers are stale or one-platform, so this small piece is ours).
import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import { echarts, type ChartOption } from '../../charts/echarts'
import { MiniCanvas, type CanvasNode } from './mini-canvas'
import './Chart.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

type Instance = ReturnType<typeof echarts.init>
/** A touch on a 2d canvas: x and y are relative to the canvas. */
type CanvasTouch = {
  touches?: { x: number; y: number }[]
  changedTouches?: { x: number; y: number }[]
}

export type ChartProps = {
  /** Unique on the page: the canvas is found by it. */
  id: string
  option: ChartOption
  /** Height in px; the chart is as wide as its box. */
  height?: number
}

export function Chart({ id, option, height = 240 }: ChartProps) {
  const chart = useRef<Instance | null>(null)
  // The first drawing uses the option of the moment the canvas is ready; later ones follow it.
  const latest = useRef(option)
  latest.current = option
  const domId = `chart-${id}`

  useEffect(() => {
    let disposed = false
    const ready = (instance: Instance) => {
      if (disposed) return instance.dispose()
      chart.current = instance
      instance.setOption(latest.current)
    }
    if (IS_WEAPP) initInMiniProgram(domId, ready)
    else initInBrowser(domId, ready)
    return () => {
      disposed = true
      chart.current?.dispose()
      chart.current = null
    }
  }, [domId])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  useEffect(() => {
    if (IS_WEAPP) return undefined
    const element = document.getElementById(domId)
    if (!element || typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(() => chart.current?.resize())
    observer.observe(element)
    return () => observer.disconnect()
  }, [domId])

  if (!IS_WEAPP)
    return (
      <View className="chart" style={{ height: `${height}px` }}>
        <View id={domId} className="chart__canvas" />
      </View>
    )
  // A tap shows the tooltip of what was tapped, as a click would in a browser.
  const touch = (name: 'mousedown' | 'mousemove' | 'mouseup' | 'click') => (e: CanvasTouch) => {
    const point = e.touches?.[0] ?? e.changedTouches?.[0]
    if (!point) return
    chart.current?.getZr().handler.dispatch(name, { zrX: point.x, zrY: point.y })
  }
  return (
    <View className="chart" style={{ height: `${height}px` }}>
      <Canvas
        type="2d"
        id={domId}
        className="chart__canvas"
        onTouchStart={touch('mousedown')}
        onTouchMove={touch('mousemove')}
        onTouchEnd={(e) => {
          touch('mouseup')(e)
          touch('click')(e)
        }}
      />
    </View>
  )
}

function initInBrowser(domId: string, ready: (instance: Instance) => void) {
  const element = document.getElementById(domId)
  if (element) ready(echarts.init(element, null, { renderer: 'canvas' }))
}

/** Asks the page for the canvas node once it is laid out, then draws at the device's pixel ratio. */
function initInMiniProgram(domId: string, ready: (instance: Instance) => void) {
  Taro.nextTick(() => {
    Taro.createSelectorQuery()
      .select(`#${domId}`)
      .fields({ node: true, size: true })
      .exec((res) => {
        const found = res?.[0] as { node?: CanvasNode; width: number; height: number } | undefined
        if (!found?.node) return
        const canvas = new MiniCanvas(found.node)
        echarts.setPlatformAPI({
          createCanvas: () => canvas as unknown as HTMLCanvasElement,
          loadImage: canvas.loadImage.bind(canvas) as never,
        })
        const devicePixelRatio = Taro.getWindowInfo?.().pixelRatio ?? 2
        ready(
          echarts.init(canvas as unknown as HTMLElement, null, {
            width: found.width,
            height: found.height,
            devicePixelRatio,
          }),
        )
      })
  })
}
