/**
 * A content loader for our MDX files that renders them to HTML as data, never compiling them to JavaScript.
 *
 * Contributed MDX may only be Markdown plus the allowed components (see `checkMdxBody`), so nothing in it
 * needs a JavaScript module. Rendering it as Markdown keeps contributed content from ever becoming code,
 * and spares the build a bundled module per file, which is where most of its time and memory went.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readContentSource } from '../lib/validation/content-file.ts';
import { formatProblem } from '../lib/validation/format.ts';
import { parseFrontMatter } from '../lib/validation/front-matter.ts';
import { checkMdxBody } from '../lib/validation/mdx-safety.ts';

const EXTENSION = '.mdx';

/** Turns the allowed components into the HTML they stand for, so that Markdown renders them. */
export function componentsToHtml(body: string): string {
  // Blank lines around the tags let Markdown inside a note render as Markdown.
  return body.replace(/<Note>/g, '\n<div class="note" role="note">\n\n').replace(/<\/Note>/g, '\n\n</div>\n');
}

export function textMdx({ base }: { base: string }): Loader {
  return {
    name: 'entra-error-atlas:text-mdx',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      const present = new Set<string>();
      for (const name of readdirSync(folder).filter((file) => file.endsWith(EXTENSION) && !file.startsWith('_'))) {
        present.add(await loadFile(context, root, join(folder, name)));
      }
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);

      context.watcher?.add(folder);
      const reload = (path: string) => {
        if (resolve(path).startsWith(folder) && path.endsWith(EXTENSION)) void loadFile(context, root, path).catch((error) => context.logger.error(String(error)));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        if (resolve(path).startsWith(folder) && path.endsWith(EXTENSION)) context.store.delete(basename(path, EXTENSION));
      });
    },
  };
}

async function loadFile(context: LoaderContext, root: string, path: string): Promise<string> {
  const id = basename(path, EXTENSION);
  const filePath = relative(root, path);
  const source = readContentSource(root, filePath);
  const digest = context.generateDigest(source);
  if (context.store.get(id)?.digest === digest) return id;

  const parsed = parseFrontMatter(source);
  if (!parsed.ok) throw new Error(formatProblem({ file: filePath, ...parsed.error }));
  // The content guard refuses such files before the build; this keeps the dev server just as strict.
  const [unsafe] = checkMdxBody(source);
  if (unsafe) throw new Error(`${filePath}:${unsafe.line}:${unsafe.column}: ${unsafe.message}`);

  const data = await context.parseData({ id, data: parsed.data as Record<string, unknown>, filePath });
  const rendered = await context.renderMarkdown(componentsToHtml(parsed.body), { fileURL: pathToFileURL(path) });
  context.store.set({ id, data, body: parsed.body, filePath, digest, rendered });
  return id;
}
