#!/usr/bin/env node
// Entry of `npx heat-twin`: registers tsx so the TypeScript CLI (and the core it shares with the browser)
// runs directly on Node, then hands over to main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
