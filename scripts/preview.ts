/**
 * `npm start`'s last step (`node scripts/preview.ts [--out DIR] [--port N]`): serves a finished build with
 * Astro's preview server and ends its output with the address to open, as the README promises. Astro's own
 * banner, "--host" hint and telemetry notice would otherwise come after it.
 */
import { preview } from 'astro';
import { readCommandLine } from './lib/command-line.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = readCommandLine({ out: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } }, 'usage: node scripts/preview.ts [--out DIR] [--port N]');
// Warnings and errors only, then our own last line.
const server = await preview({ root: process.cwd(), outDir: values.out, server: { port: Number(values.port) }, logLevel: 'warn' });
const address = server.urls?.local[0] ?? `http://localhost:${server.port}/`;
console.log(`Serving ${values.out}/ (Ctrl+C stops it). Open ${address}`);
