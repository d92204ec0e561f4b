#!/usr/bin/env node
// The CLI is written in TypeScript and run through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
