/**
 * Shared by the tests: the error a call throws, of the class expected (InputError unless told; the test fails
 * on any other error, or none).
 */
import { expect } from 'vitest';
import { InputError } from '../../src/core/errors';

/** An error class whose constructor takes any arguments. */
type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

export function refused<E extends Error = InputError>(
  f: () => unknown,
  cls: ErrorClass<E> = InputError as unknown as ErrorClass<E>,
): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(cls);
    return e as E;
  }
  throw new Error('accepted');
}
