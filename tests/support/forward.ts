// Test files declare at their top what their beforeAll will start, in one line; a stand-in made here
// forwards each use to the real thing once it exists, so no file needs `let x` filled in later.

/**
 * Stands for what `current()` returns at the time of each use (methods bound to it); a use while it
 * returns undefined fails with `notYet`.
 */
export function forwardTo<T extends object>(current: () => T | undefined, notYet: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = current()
      if (target === undefined) throw new Error(notYet)
      const value = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
