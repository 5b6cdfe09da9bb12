// How the command-line entry points (npm start, the emulator, deploy, the bench) run: a failed
// `main` prints its error and exits 1; a server stops once, cleanly, on Ctrl-C or SIGTERM.

/** Runs `main`; on failure prints the error and exits with status 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}

/** Calls `stop` once when the process is interrupted or terminated, then exits. */
export function stopOnSignal(stop: () => unknown): void {
  let stopping = false
  const onSignal = async () => {
    if (stopping) return
    stopping = true
    await stop()
    process.exit(0)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}
