/** The error of class `kind` (InputError unless given) a call throws; any other error is rethrown, none fails. */
import { InputError } from '../../../src/core/errors';

export function refusal<E extends Error = InputError>(
  f: () => unknown,
  kind: abstract new (...args: never[]) => E = InputError as unknown as abstract new (
    ...args: never[]
  ) => E,
): E {
  try {
    f();
  } catch (e) {
    if (e instanceof kind) return e;
    throw e;
  }
  throw new Error(`no ${kind.name}`);
}
