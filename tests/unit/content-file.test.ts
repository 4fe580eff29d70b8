/** How one content file is read, and what is said about a file that is not plain UTF-8 text. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeContent, MAX_CONTENT_BYTES, readContent, readContentBytes } from '../../src/lib/validation/content-file.ts';

const root = mkdtempSync(join(tmpdir(), 'content-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(root, name), content);
  return name;
};
const refusal = (result: { ok: boolean; problem?: unknown }) => (result.ok ? undefined : result.problem);

describe('readContentBytes', () => {
  it('reads a plain file', () => {
    const read = readContentBytes(root, file('plain.mdx', '---\ntitle: x\n---\n'));
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe('---\ntitle: x\n---\n');
  });

  it('refuses a symbolic link, saying where it points', () => {
    symlinkSync('/etc/hostname', join(root, 'link.mdx'));
    expect(refusal(readContentBytes(root, 'link.mdx'))).toEqual({ file: 'link.mdx', line: 1, column: 1, rule: 'KB030', message: 'this is a symbolic link to /etc/hostname, not a file', hint: 'replace the link with the file itself; links can point outside the content folder' });
  });

  it('refuses a folder, and anything else that is not a regular file', () => {
    mkdirSync(join(root, 'folder.mdx'));
    const hint = 'move it out of the content folder, or rename it so that it does not end in .mdx';
    expect(refusal(readContentBytes(root, 'folder.mdx'))).toEqual({ file: 'folder.mdx', line: 1, column: 1, rule: 'KB031', message: 'this is a folder, named like a content file', hint });
    execFileSync('mkfifo', [join(root, 'pipe.mdx')]);
    expect(refusal(readContentBytes(root, 'pipe.mdx'))).toEqual({ file: 'pipe.mdx', line: 1, column: 1, rule: 'KB031', message: 'this is not a regular file, named like a content file', hint });
  });

  it('reads a file of the largest size, and refuses one byte more, giving both sizes', () => {
    expect(readContentBytes(root, file('largest.mdx', 'x'.repeat(MAX_CONTENT_BYTES))).ok).toBe(true);
    expect(refusal(readContentBytes(root, file('larger.mdx', 'x'.repeat(MAX_CONTENT_BYTES + 1))))).toEqual({
      file: 'larger.mdx', line: 1, column: 1, rule: 'KB032', message: 'the file is 65 KB; a content file may be at most 64 KB', hint: 'a page needs a few KB: remove what was pasted into it by mistake',
    });
  });

  it('gives the size of a file of a megabyte or more in MB', () => {
    expect(refusal(readContentBytes(root, file('mega.mdx', 'x'.repeat(2 ** 20))))).toMatchObject({ message: 'the file is 1.0 MB; a content file may be at most 64 KB' });
    expect(refusal(readContentBytes(root, file('mega-and-a-half.mdx', 'x'.repeat(1.5 * 2 ** 20))))).toMatchObject({ message: 'the file is 1.5 MB; a content file may be at most 64 KB' });
    expect(refusal(readContentBytes(root, file('almost-mega.mdx', 'x'.repeat(2 ** 20 - 1))))).toMatchObject({ message: 'the file is 1024 KB; a content file may be at most 64 KB' });
  });
});

describe('decodeContent', () => {
  it('decodes UTF-8 text, non-ASCII included', () => {
    expect(decodeContent('a.mdx', new TextEncoder().encode('Café › “quoted”'))).toEqual({ ok: true, source: 'Café › “quoted”' });
  });

  it('refuses a byte-order mark, but not a file that only starts like one', () => {
    expect(decodeContent('bom.mdx', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      ok: false,
      problem: { file: 'bom.mdx', line: 1, column: 1, rule: 'KB033', message: 'the file starts with a byte-order mark (U+FEFF)', hint: 'save it again as UTF-8 without BOM (in VS Code: "Save with Encoding", then "UTF-8")' },
    });
    // EF BB BE is U+FEFE, a character of its own: two bytes in common with the mark are not the mark.
    expect(decodeContent('fefe.mdx', new Uint8Array([0xef, 0xbb, 0xbe, 0x41]))).toEqual({ ok: true, source: '\ufefeA' });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(decodeContent('latin1.mdx', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, problem: { file: 'latin1.mdx', line: 1, column: 1, rule: 'KB011', message: 'the file is not UTF-8 text', hint: 'save it again as UTF-8 in your editor' } });
  });
});

describe('readContent', () => {
  it('gives the bytes and the text of a good file', () => {
    const { bytes, source } = readContent(root, file('good.mdx', 'Ünïcode'));
    expect(source).toBe('Ünïcode');
    expect(bytes.length).toBe(9);
  });

  it('throws the problem as npm run validate prints it', () => {
    file('bad.mdx', new Uint8Array([0xff]));
    expect(() => readContent(root, 'bad.mdx')).toThrow('bad.mdx:1:1: KB011 the file is not UTF-8 text\n  hint: save it again as UTF-8 in your editor');
    expect(() => readContent(root, 'folder.mdx')).toThrow('folder.mdx:1:1: KB031 this is a folder, named like a content file');
  });
});
