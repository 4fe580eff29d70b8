/** Draws a preview picture's SVG as PNG, with the font from npm, so that every machine draws the same letters (system fonts differ). */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Resolved from the project, not from this file, which the build moves into its own output folder.
const fromProject = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => fromProject.resolve(`dejavu-fonts-ttf/ttf/${file}`));

export function renderPreviewPng(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' } }).render().asPng());
}
