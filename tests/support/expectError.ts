/** Test support: assertions on the library's errors. */
import { expect } from 'vitest';

/** Expects `run` to throw a TownIndicatorsError with `code` (and a message matching `message`). */
export function expectCode(run: () => unknown, code: string, message?: RegExp | string): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

/** The code of the error `run` throws, or `'no error'`. */
export function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'no error';
}
