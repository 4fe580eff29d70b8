/** Reads a content file the one way both the validator and the loader do, refusing what is not plain text. */
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from './format.ts';
import type { Position } from './front-matter.ts';
import type { Problem } from './rules.ts';

/**
 * The largest content file accepted. The longest real page is about 6 KB. The MDX parser builds a node for
 * every character reference, so 150 KB of `&amp;` took 7.6 s and 1.5 GB to check; 64 KB takes under a second.
 */
export const MAX_CONTENT_BYTES = 64 * 1024;

const TOP: Position = { line: 1, column: 1 };
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

export type ContentRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };
export type ContentText = { ok: true; source: string } | { ok: false; problem: Problem };

function refuse(file: string, rule: Problem['rule'], message: string, hint: string): { ok: false; problem: Problem } {
  return { ok: false, problem: { file, ...TOP, rule, message, hint } };
}

function sizeLabel(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.ceil(bytes / 2 ** 10)} KB`;
}

/**
 * The bytes of `<root>/<file>` (`file` relative to `root`, with forward slashes), or the problem that keeps
 * it from being read: a symbolic link (the build would publish whatever it points to, unchecked), a folder
 * or other non-file named like a content file, or a file too large to be a page.
 */
export function readContentBytes(root: string, file: string): ContentRead {
  const path = join(root, file);
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) {
    return refuse(file, 'KB030', `this is a symbolic link to ${readlinkSync(path)}, not a file`, 'replace the link with the file itself; links can point outside the content folder');
  }
  if (!stats.isFile()) {
    return refuse(file, 'KB031', `this is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, named like a content file`, 'move it out of the content folder, or rename it so that it does not end in .mdx');
  }
  if (stats.size > MAX_CONTENT_BYTES) {
    return refuse(file, 'KB032', `the file is ${sizeLabel(stats.size)}; a content file may be at most ${sizeLabel(MAX_CONTENT_BYTES)}`, 'a page needs a few KB: remove what was pasted into it by mistake');
  }
  return { ok: true, bytes: readFileSync(path) };
}

/** The text of a content file's bytes, or the problem with its encoding. */
export function decodeContent(file: string, bytes: Uint8Array): ContentText {
  if (BYTE_ORDER_MARK.every((byte, index) => bytes[index] === byte)) {
    return refuse(file, 'KB033', 'the file starts with a byte-order mark (U+FEFF)', 'save it again as UTF-8 without BOM (in VS Code: "Save with Encoding", then "UTF-8")');
  }
  try {
    // Stryker disable next-line BooleanLiteral: a leading byte-order mark was refused above, so there is none to keep or drop.
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return refuse(file, 'KB011', 'the file is not UTF-8 text', 'save it again as UTF-8 in your editor');
  }
}

/**
 * The bytes and text of `<root>/<file>`, read through the same checks as the validator, or an error whose
 * message is the problem exactly as `npm run validate` prints it.
 */
export function readContent(root: string, file: string): { bytes: Uint8Array; source: string } {
  const read = readContentBytes(root, file);
  if (!read.ok) throw new Error(formatProblem(read.problem));
  const text = decodeContent(file, read.bytes);
  if (!text.ok) throw new Error(formatProblem(text.problem));
  return { bytes: read.bytes, source: text.source };
}
