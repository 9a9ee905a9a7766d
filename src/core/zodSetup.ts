/**
 * zod without its `new Function` JIT: the app runs under a Content-Security-Policy without 'unsafe-eval',
 * where zod's eval probe would be reported as a violation (zod docs, "jitless" global config). Imported first
 * by every module that parses with zod at load time.
 */
import { z } from 'zod';

z.config({ jitless: true });
