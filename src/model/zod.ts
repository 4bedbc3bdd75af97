/**
 * The one place zod is imported from. jitless stops zod from probing `new Function`, which the
 * Content-Security-Policy forbids (no 'unsafe-eval'); it must run before any schema exists, in
 * the page and in the worker, so every module imports `z` from here and lint forbids 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
