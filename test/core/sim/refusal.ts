/** The InputError a call throws (any other error is rethrown; no error fails the test). */
import { InputError } from '../../../src/core/errors';

export function refusal(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError');
}
