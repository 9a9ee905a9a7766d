/**
 * zod's global configuration for the core's schemas:
 * - without its `new Function` JIT: the app runs under a Content-Security-Policy without 'unsafe-eval', where
 *   zod's eval probe would be reported as a violation (zod docs, "jitless" global config);
 * - a missing field or a value of the wrong kind worded for the people who write scenarios ("required: a
 *   section { … }", "expected a number, not a text") instead of zod's "Invalid input: expected object, received
 *   undefined" (zod docs, "Customizing errors": a global `customError`; other issues keep zod's or the
 *   schema's own message).
 * Imported first by every module that parses with zod at load time.
 */
import { z } from 'zod';

/** The kinds zod checks, as a scenario's author would name them. */
const KIND: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a section { … }',
  array: 'a list [ … ]',
  null: 'null',
};

/** What a JSON value is, in the same words. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return KIND.array!;
  return KIND[typeof v] ?? typeof v;
}

z.config({
  jitless: true,
  customError: (iss) => {
    if (iss.code !== 'invalid_type') return undefined;
    const want = KIND[iss.expected] ?? iss.expected;
    return iss.input === undefined ? `required: ${want}` : `expected ${want}, not ${kindOf(iss.input)}`;
  },
});
