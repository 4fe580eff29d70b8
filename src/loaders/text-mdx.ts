/**
 * A content loader for our MDX files that renders them to HTML as data, never compiling them to JavaScript.
 *
 * Contributed MDX may only be Markdown plus the allowed components (`src/schemas/components.ts`), so
 * nothing in it needs a JavaScript module. Rendering its syntax tree as data keeps contributed content
 * from ever becoming code, and spares the build a bundled module per file (see bench/RESULTS.md).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderContent, type RenderContext } from '../lib/mdx/render.ts';
import { CONTENT_CHECKED, knownCodesOf, readCatalog } from '../lib/validation/check-content.ts';
import { referenceTitle, collidingTitles } from '../lib/catalog/listing.ts';
import { checkFile, type Kind } from '../lib/validation/check-file.ts';
import { readContent } from '../lib/validation/content-file.ts';
import { parseFrontMatter } from '../lib/validation/front-matter.ts';
import { formatProblem } from '../lib/validation/format.ts';
import { severityOf } from '../lib/validation/rules.ts';
import { codeUrl } from '../lib/site/urls.ts';

const EXTENSION = '.mdx';

/**
 * What a stored entry was made with besides its own text: the schemas, the renderer and the catalogue. Astro keeps
 * entries between builds and reuses one whose digest is unchanged, so a change to any of these must change it too.
 */
function pipelineFingerprint(root: string): string {
  const folders = ['src/schemas', 'src/lib/mdx', 'src/loaders'];
  const files = folders.flatMap((folder) => readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts')).map((name) => join(root, folder, name)));
  return [...files.sort(), join(root, 'content/catalog.tsv')].map((file) => readFileSync(file, 'utf8')).join('\0');
}

export function textMdx({ base }: { base: string }): Loader {
  return {
    name: 'entra-error-atlas:text-mdx',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      const site = siteFacts(root);
      const pipeline = context.generateDigest(pipelineFingerprint(root));
      const present = new Set<string>();
      const check = process.env[CONTENT_CHECKED] !== '1';
      for (const name of readdirSync(folder).filter((file) => file.endsWith(EXTENSION) && !file.startsWith('_'))) {
        try {
          present.add(await loadFile(context, root, join(folder, name), site, check, pipeline));
        } catch (error) {
          // In dev (the only load with a watcher) a broken file must not stop the server: the content guard
          // shows its problems in the terminal and the browser, and the file loads once it is fixed.
          if (!context.watcher) throw error;
          present.add(basename(name, EXTENSION));
        }
      }
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);

      context.watcher?.add(folder);
      const reload = (path: string) => {
        if (resolve(path).startsWith(folder) && path.endsWith(EXTENSION)) {
          // The content guard reports the problem in the terminal and the browser; here it only stops this file.
          void loadFile(context, root, path, siteFacts(root, true), true, context.generateDigest(pipelineFingerprint(root))).catch((error) => context.logger.error(error instanceof Error ? error.message : String(error)));
        }
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        if (resolve(path).startsWith(folder) && path.endsWith(EXTENSION)) context.store.delete(basename(path, EXTENSION));
      });
    },
  };
}

interface SiteFacts extends RenderContext {
  knownCodes?: ReadonlySet<number>;
}

let cached: { root: string; facts: SiteFacts } | undefined;

/** The catalogue and the titles of the code pages, read once per build (and again after a change in dev). */
function siteFacts(root: string, fresh = false): SiteFacts {
  if (cached?.root === root && !fresh) return cached.facts;
  const { rows } = readCatalog(root);
  const rowByCode = new Map(rows.map((row) => [row.code, row]));
  let titles: Map<number, string> | undefined;
  let colliding: ReadonlySet<string> | undefined;
  // Read only when a page first links a code: most builds never need them.
  const guideTitles = () => (titles ??= readGuideTitles(root));
  const collidingOnce = () => (colliding ??= collidingTitles(rows));
  const facts: SiteFacts = {
    knownCodes: knownCodesOf(rows),
    // Every catalogued code has a page: its guide's title where one is written, else the catalogue's own.
    codePage: (code) => {
      const row = rowByCode.get(code);
      const title = guideTitles().get(code) ?? (row ? referenceTitle(row, collidingOnce()) : undefined);
      return title === undefined ? undefined : { url: codeUrl(code), title };
    },
  };
  cached = { root, facts };
  return facts;
}

function readGuideTitles(root: string): Map<number, string> {
  const folder = join(root, 'content', 'codes');
  const titles = new Map<number, string>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith(EXTENSION))) {
    let source: string;
    try {
      source = readContent(root, `content/codes/${name}`).source;
    } catch {
      // A file that is not plain content is refused, with its message, when it is loaded itself.
      continue;
    }
    const parsed = parseFrontMatter(source);
    const data = parsed.ok ? (parsed.data as { code?: unknown; title?: unknown }) : {};
    if (typeof data.code === 'number' && typeof data.title === 'string') titles.set(data.code, data.title);
  }
  return titles;
}

async function loadFile(context: LoaderContext, root: string, path: string, site: SiteFacts, check: boolean, pipeline: string): Promise<string> {
  const id = basename(path, EXTENSION);
  const filePath = relative(root, path).split('\\').join('/');
  const { bytes, source } = readContent(root, filePath);
  const digest = context.generateDigest(`${pipeline}\0${source}`);
  if (context.store.get(id)?.digest === digest) return id;

  // The validator's own checks, so that a file changed in dev is refused exactly as `npm run validate` refuses it.
  if (check) {
    const errors = checkFile(context.collection as Kind, filePath, bytes, { knownCodes: site.knownCodes }).problems.filter((problem) => severityOf(problem) === 'error');
    if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'));
  }
  const parsed = parseFrontMatter(source);
  if (!parsed.ok) throw new Error(formatProblem({ file: filePath, ...parsed.error }));

  const frontmatter = parsed.data as Record<string, unknown>;
  const data = await context.parseData({ id, data: frontmatter, filePath });
  const html = renderContent(source, site);
  context.store.set({ id, data, body: parsed.body, filePath, digest, rendered: { html, metadata: { headings: [], frontmatter } } });
  return id;
}
