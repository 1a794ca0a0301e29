/**
 * Checks of what callers pass to the public entry points. Content never throws; API misuse (a
 * non-string, an options value that is not an object, an invalid date) is a TypeError that names
 * the function, the argument and what it got.
 */

export function checkString(caller: string, value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${caller}: expected ${what}, got ${describeValue(value)}`)
  }
}

export function checkOptions(caller: string, options: unknown): asserts options is { referenceDate?: Date } {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${caller}: expected options to be an object, got ${describeValue(options)}`)
  }
  const date = (options as { referenceDate?: unknown }).referenceDate
  if (date !== undefined && !(date instanceof Date && !Number.isNaN(+date))) {
    throw new TypeError(`${caller}: expected options.referenceDate to be a valid Date`)
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object'
    ? `an object (${Object.prototype.toString.call(value)})`
    : `a ${typeof value}`
}
