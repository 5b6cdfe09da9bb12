// The load the gateway benches put on the local cloud: one number of calls in flight for all of
// them, so their requests per second and latencies can be read side by side.
import { measureLoad, type Load } from './report'

export const GATEWAY_CONCURRENCY = 16

/** `count` calls through the gateway, GATEWAY_CONCURRENCY at a time: throughput and latency. */
export function gatewayLoad(call: (i: number) => Promise<unknown>, count: number): Promise<Load> {
  return measureLoad(count, GATEWAY_CONCURRENCY, call)
}
