// What echarts needs of a canvas, made from a mini-program `<Canvas type="2d">` node: the node's
// own 2d context and size, and no DOM events (touches are passed in by the Chart component).
export type CanvasNode = {
  width: number
  height: number
  getContext: (type: '2d') => unknown
  createImage?: () => { onload: unknown; onerror: unknown; src: string }
}

export class MiniCanvas {
  private readonly context: unknown

  constructor(private readonly node: CanvasNode) {
    this.context = node.getContext('2d')
  }

  getContext(type: string): unknown {
    return type === '2d' ? this.context : null
  }

  get width(): number {
    return this.node.width
  }
  set width(w: number) {
    this.node.width = w
  }
  get height(): number {
    return this.node.height
  }
  set height(h: number) {
    this.node.height = h
  }

  addEventListener(): void {}
  removeEventListener(): void {}
  attachEvent(): void {}
  detachEvent(): void {}

  /** Images (none on the dashboard today) load through the node, as the canvas 2d API offers. */
  loadImage(src: string, onload: () => void, onerror: () => void) {
    const image = this.node.createImage?.()
    if (!image) return undefined
    image.onload = onload
    image.onerror = onerror
    image.src = src
    return image
  }
}
