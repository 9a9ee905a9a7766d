/** Shared by the core tests: the InputError a call throws (the test fails on any other error, or none). */
import { expect } from 'vitest';
import { InputError } from '../../src/core/errors';

export function refused(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('accepted');
}
