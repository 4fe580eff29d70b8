/**
 * `npm run bench:previews`: what a preview picture per code would cost the build. Draws pictures as the
 * site draws its per-category ones, but with a code and a title each, and prints the processor time and
 * size per picture and for 1,509 and 10,000 codes (processor time, not wall time: it does not depend on
 * what else the machine is doing).
 */
import { previewSvg } from '../src/lib/site/preview-image.ts';
import { renderPreviewPng } from '../src/lib/site/preview-png.ts';

const COUNT = 100;
renderPreviewPng(previewSvg({ siteName: 'Entra Error Atlas', heading: 'warm-up', detail: '' }));
const start = process.cpuUsage();
let bytes = 0;
for (let index = 0; index < COUNT; index++) {
  const code = 50000 + index;
  bytes += renderPreviewPng(previewSvg({ siteName: 'Entra Error Atlas', heading: `AADSTS${code}`, detail: 'Session information is not sufficient for single-sign-on' })).length;
}
const used = process.cpuUsage(start);
const msEach = (used.user + used.system) / 1000 / COUNT;
const kbEach = bytes / COUNT / 1024;
console.log(`${COUNT} pictures: ${msEach.toFixed(1)} ms of processor time and ${kbEach.toFixed(1)} KB each`);
for (const codes of [1509, 10000]) console.log(`${codes} codes: ${((msEach * codes) / 1000).toFixed(0)} s, ${((kbEach * codes) / 1024).toFixed(0)} MB`);
