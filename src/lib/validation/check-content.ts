/** Checks the whole content folder: every file on its own, then the links between them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile, unreadableFile, type CheckedFile, type Kind } from './check-file.ts';
import { readContentBytes } from './content-file.ts';
import { didYouMeanHint } from './did-you-mean.ts';
import type { Problem } from './rules.ts';
import { CATALOG_FILE, currentMessage, parseCatalog, type CatalogRow } from '../catalog/catalog-file.ts';
import { inErrorLookup, officialLookupUrl } from '../catalog/documented.ts';
import { depthGaps, type DepthInput } from '../catalog/depth.ts';
import { FULL_DEPTH_FILE, parseFullDepth } from '../catalog/full-depth-codes.ts';
import { referenceTitle, collidingTitles, titleFault } from '../catalog/listing.ts';
import { needsTitle, parseSourceTitles, SOURCE_TITLES_FILE, type SourceTitleRow } from '../site/source-titles.ts';
import { parseRetired, RETIRED_FILE } from '../site/retired-pages.ts';
import { AUDIENCES, AUDIENCE_SLUGS, audiencePhrase, type Audience } from '../../schemas/vocabulary.ts';
import { parseScreens, SCREENS_FILE } from '../catalog/screens.ts';

/** Set in the environment once every file was checked without errors in this process; the content loader then skips checking them again. */
export const CONTENT_CHECKED = 'ATLAS_CONTENT_CHECKED';

export const KINDS: readonly Kind[] = ['codes', 'causes', 'fixes'];

export interface ContentReport {
  files: CheckedFile[];
  /** The rows of the catalogue that could be read. */
  catalog: CatalogRow[];
  problems: Problem[];
}

function listFiles(root: string, kind: Kind): string[] {
  try {
    return readdirSync(join(root, 'content', kind), { withFileTypes: true })
      // Links and anything named like a content file are listed too: the loader would read them.
      .filter((entry) => entry.isFile() || entry.isSymbolicLink() || entry.name.endsWith('.mdx'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Reads and checks every file under `<root>/content`. Paths in problems are relative to `root`. */
export function checkContent(root: string): ContentReport {
  const catalog = readCatalog(root);
  const knownCodes = knownCodesOf(catalog.rows);
  const files = KINDS.flatMap((kind) =>
    listFiles(root, kind).map((name) => {
      const file = `content/${kind}/${name}`;
      const read = readContentBytes(root, file);
      if (read.ok) return checkFile(kind, file, read.bytes, { knownCodes });
      return unreadableFile(kind, file, read.problem);
    }),
  );
  const titles = readSourceTitles(root);
  const problems = [
    ...files.flatMap((file) => file.problems),
    ...catalog.problems,
    ...checkLinks(files, catalog.rows, readFullDepth(root)),
    ...checkCatalog(files, catalog.rows),
    ...titles.problems,
    ...(titles.rows ? checkSourceTitles(files, titles.rows) : []),
    ...checkScreens(root, knownCodes),
    ...checkRetired(root, files, knownCodes),
  ];
  return { files, catalog: catalog.rows, problems: sortProblems(problems) };
}

/**
 * The removed pages, when the file exists: each well formed, naming only catalogued codes, and none an address a cause or
 * fix still has (the live page would be hidden behind the notice).
 */
export function checkRetired(root: string, files: readonly Pick<CheckedFile, 'kind' | 'id'>[], knownCodes: ReadonlySet<number>): Problem[] {
  const path = join(root, RETIRED_FILE);
  if (!existsSync(path)) return [];
  const { pages, problems } = parseRetired(readFileSync(path, 'utf8'));
  const live = new Set(files.map((file) => `${file.kind}/${file.id}`));
  const at = (line: number, message: string, hint: string): Problem => ({ file: RETIRED_FILE, line, column: 1, rule: 'KB053', message, hint });
  return [
    ...problems.map((problem) => at(problem.line, problem.message, 'write the removed page (causes/<slug> or fixes/<slug>), the date it was removed, the codes that now cover it separated by spaces, and why, separated by tabs')),
    ...pages.flatMap((page) => [
      ...(live.has(`${page.kind}/${page.slug}`) ? [at(page.line, `${page.kind}/${page.slug} still exists`, 'remove the line: the page is back, or was never removed')] : []),
      ...page.see.filter((code) => !knownCodes.has(code)).map((code) => at(page.line, `${code} is not in ${CATALOG_FILE}`, 'name codes that have a page on the site')),
    ]),
  ];
}

/** The screens file, when there is one: each problem as KB070, with its line and column. */
export function checkScreens(root: string, knownCodes: ReadonlySet<number>): Problem[] {
  const path = join(root, SCREENS_FILE);
  if (!existsSync(path)) return [];
  return parseScreens(readFileSync(path, 'utf8'), knownCodes).problems.map((problem) => ({ file: SCREENS_FILE, ...problem, rule: 'KB070' as const }));
}

/** The codes a `<CodeLink>` may point at: every catalogued code, as each has a page. */
export function knownCodesOf(rows: readonly Pick<CatalogRow, 'code'>[]): ReadonlySet<number> {
  return new Set(rows.map((row) => row.code));
}

function readFullDepth(root: string): number[] {
  const path = join(root, FULL_DEPTH_FILE);
  return existsSync(path) ? parseFullDepth(readFileSync(path, 'utf8')) : [];
}

export function readCatalog(root: string): { rows: CatalogRow[]; problems: Problem[] } {
  const path = join(root, CATALOG_FILE);
  if (!existsSync(path)) {
    return { rows: [], problems: [{ file: CATALOG_FILE, line: 1, column: 1, rule: 'KB040', message: 'the catalogue of codes is missing', hint: 'restore content/catalog.tsv from the repository' }] };
  }
  const { rows, problems } = parseCatalog(readFileSync(path, 'utf8'));
  return { rows, problems: problems.map((problem) => ({ file: CATALOG_FILE, ...problem })) };
}

/** The titles of cited pages; without the file (a content tree made for a test), citations are not checked against it. */
export function readSourceTitles(root: string): { rows?: SourceTitleRow[]; problems: Problem[] } {
  const path = join(root, SOURCE_TITLES_FILE);
  if (!existsSync(path)) return { problems: [] };
  const { rows, problems } = parseSourceTitles(readFileSync(path, 'utf8'));
  return { rows, problems: problems.map((problem) => ({ file: SOURCE_TITLES_FILE, rule: 'KB049' as const, ...problem })) };
}

/** Every cited page has a line in content/source-titles.tsv with its title beside its URL: the title is the link's name. */
export function checkSourceTitles(files: readonly CheckedFile[], rows: readonly SourceTitleRow[]): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set(rows.map((row) => row.url));
  const cited = new Set<string>();
  for (const file of files) {
    stringList(file.raw?.sources).forEach((url, index) => {
      if (!URL.canParse(url) || !needsTitle(url)) return;
      cited.add(url);
      if (listed.has(url)) return;
      problems.push({
        file: file.file,
        ...file.locate(['sources', index]),
        rule: 'KB049',
        message: `sources[${index}] ${url} has no line in ${SOURCE_TITLES_FILE}`,
        hint: `add the line "${url}", a tab, then the page's title as Microsoft gives it (the title: of its Markdown source, or its name in the documentation's table of contents); the site names the link by that title`,
      });
    });
  }
  for (const row of rows) {
    if (row.title !== '' || !cited.has(row.url)) continue;
    problems.push({ file: SOURCE_TITLES_FILE, line: row.line, column: 1, rule: 'KB050', message: `${row.url} is cited but has no title beside it`, hint: 'write the page’s title after the tab, as Microsoft gives it (the title: of its Markdown source, or its name in the documentation’s table of contents)' });
  }
  return problems;
}

/** The catalogue against the guides: every guide catalogued, every code either quoted or written up, classification in one place. */
export function checkCatalog(files: readonly CheckedFile[], catalog: readonly CatalogRow[]): Problem[] {
  const problems: Problem[] = [];
  const guides = new Set(files.filter((file) => file.kind === 'codes').map((file) => Number(file.id)));
  const catalogued = new Set(catalog.map((row) => row.code));
  for (const file of files.filter((entry) => entry.kind === 'codes' && /^\d+$/.test(entry.id))) {
    if (catalogued.has(Number(file.id))) continue;
    problems.push({ file: file.file, ...file.locate(['code']), rule: 'KB044', message: `code ${file.id} is not in ${CATALOG_FILE}`, hint: `add a line for it (code, Microsoft's name, where it is documented, today's date, Microsoft's message), or run \`npm run sync\` with Microsoft's newer list` });
  }
  // The lookup shows only what Microsoft publishes for a code: for a code it was not found in, or with no message, it supports nothing.
  const silentLookups = new Map(catalog.filter((row) => !inErrorLookup(row) || currentMessage(row) === '').map((row) => [officialLookupUrl(row.code), row]));
  for (const file of files) {
    stringList(file.raw?.sources).forEach((url, index) => {
      const row = silentLookups.get(url);
      if (row === undefined) return;
      const code = row.code;
      problems.push({
        file: file.file,
        ...file.locate(['sources', index]),
        rule: 'KB051',
        message: `sources[${index}] cites Microsoft's lookup for ${code}, but ${inErrorLookup(row) ? `Microsoft publishes no message for ${code}` : `the catalogue does not find ${code} in Microsoft's lookup`} (${CATALOG_FILE})`,
        hint: 'cite the page that documents the code instead (the reference table for a code listed there), or remove the line',
      });
    });
  }
  // A reference description stands in for a missing message, and only the reference table gives one.
  const rowByCode = new Map(catalog.map((row) => [row.code, row]));
  for (const file of files.filter((entry) => entry.kind === 'codes' && typeof entry.raw?.referenceText === 'string')) {
    const row = rowByCode.get(Number(file.id));
    if (!row) continue;
    const fault = currentMessage(row) !== '' ? 'Microsoft publishes a message for it, which the page quotes instead' : row.documentedIn.includes('reference-table') ? undefined : "Microsoft's error code reference does not list it";
    if (fault) {
      problems.push({ file: file.file, ...file.locate(['referenceText']), rule: 'KB052', message: `referenceText is given for ${file.id}, but ${fault} (${CATALOG_FILE})`, hint: 'remove referenceText: it is only for a code that the reference table describes and that has no message' });
    }
  }
  const colliding = collidingTitles(catalog);
  for (const row of catalog) {
    const at = { file: CATALOG_FILE, line: row.line, column: 1 };
    if (!guides.has(row.code) && currentMessage(row) === '') {
      problems.push({ ...at, rule: 'KB043', message: `code ${row.code} has neither Microsoft's message nor a written guide`, hint: `add the message as Microsoft shows it, or write the guide with \`npm run new -- ${row.code}\`` });
    }
    // A code without a guide takes its title from the message; a message the title cannot read is a catalogue problem.
    const title = referenceTitle(row, colliding);
    const fault = guides.has(row.code) ? undefined : titleFault(title);
    if (fault) {
      problems.push({ ...at, rule: 'KB048', message: `the title made from the message of ${row.code}, "${title}", ${fault}`, hint: 'write each placeholder in the message as a name in braces, e.g. {tenantId}, as Microsoft does, and end the message with a full stop' });
    }
    if (guides.has(row.code) && row.classification) {
      problems.push({ ...at, rule: 'KB045', message: `code ${row.code} has a written guide, whose front matter classifies it`, hint: 'clear the category, audiences, signal and confidence fields of this line' });
    } else if (!guides.has(row.code) && !row.classification) {
      problems.push({ ...at, rule: 'KB045', message: `code ${row.code} has no guide and no category, audiences, signal or confidence`, hint: 'classify it from Microsoft’s message, with confidence guess where the message leaves it open' });
    }
  }
  return problems;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** References between files, duplicates across files, and entries nothing links to. */
export function checkLinks(files: readonly CheckedFile[], catalog: readonly CatalogRow[] = [], fullDepth: readonly number[] = []): Problem[] {
  const problems: Problem[] = [];
  const byKind = (kind: Kind) => files.filter((file) => file.kind === kind && file.raw);
  const ids = (kind: Kind) => files.filter((file) => file.kind === kind).map((file) => file.id);
  // Every catalogued code has a page, written or generated, so a link to any of them resolves.
  const known = { codes: [...new Set([...ids('codes'), ...catalog.map((row) => String(row.code))])], causes: ids('causes'), fixes: ids('fixes') };
  const used = { causes: new Set<string>(), fixes: new Set<string>() };

  const checkRefs = (file: CheckedFile, field: string, target: Kind) => {
    stringList(file.raw?.[field]).forEach((ref, index) => {
      if (target !== 'codes') used[target].add(ref);
      // Unfilled scaffold placeholders are reported once, as KB017.
      if (known[target].includes(ref) || ref.includes('TODO')) return;
      const noun = { codes: 'code page', causes: 'cause', fixes: 'fix' }[target];
      problems.push({
        file: file.file,
        ...file.locate([field, index]),
        rule: 'KB006',
        message: target === 'codes' ? `${field}[${index}] code ${ref} is not in content/catalog.tsv` : `${field}[${index}] "${ref}" does not exist: there is no content/${target}/${ref}.mdx`,
        hint: (target === 'codes' ? undefined : didYouMeanHint(ref, known[target])) ?? (target === 'codes' ? 'check the number, or add the code to content/catalog.tsv' : `add the ${noun} with \`npm run new -- ${target === 'causes' ? 'cause' : 'fix'} ${ref}\``),
      });
    });
  };
  for (const file of byKind('codes')) {
    checkRefs(file, 'causes', 'causes');
    checkRefs(file, 'related', 'codes');
    const others = Array.isArray(file.raw?.otherCodes) ? (file.raw.otherCodes as Array<{ code?: unknown }>) : [];
    others.forEach((other, index) => {
      const code = String(other?.code ?? '');
      if (code === file.id) {
        problems.push({ file: file.file, ...file.locate(['otherCodes', index, 'code']), rule: 'KB006', message: `otherCodes[${index}] names this page's own code`, hint: 'name the code Microsoft reports instead' });
      } else if (/^\d+$/.test(code) && !known.codes.includes(code)) {
        problems.push({ file: file.file, ...file.locate(['otherCodes', index, 'code']), rule: 'KB044', message: `otherCodes[${index}] code ${code} is not in content/catalog.tsv`, hint: 'check the number against Microsoft’s reference, or add the code to the catalogue' });
      }
    });
  }
  for (const file of byKind('causes')) checkRefs(file, 'fixes', 'fixes');

  for (const kind of ['causes', 'fixes'] as const) {
    for (const file of byKind(kind)) {
      if (used[kind].has(file.id)) continue;
      const owner = kind === 'causes' ? 'code page lists it under `causes`' : 'cause lists it under `fixes`';
      problems.push({ file: file.file, line: 1, column: 1, rule: 'KB007', message: `nothing links to this ${kind === 'causes' ? 'cause' : 'fix'}: no ${owner}`, hint: 'link it from where it applies, or delete it' });
    }
  }

  const fixesOfCause = new Map(byKind('causes').map((file) => [file.id, stringList(file.raw?.fixes)]));
  const audienceOfFix = new Map(byKind('fixes').map((file) => [file.id, String(file.raw?.audience ?? '')]));
  for (const file of byKind('codes')) problems.push(...diagnosisProblems(file), ...depthProblems(file, fullDepth), ...audienceProblems(file, fixesOfCause, audienceOfFix));

  const seenCodes = new Map<number, CheckedFile>();
  const seenSummaries = new Map<string, CheckedFile>();
  const seenBodies = new Map<string, CheckedFile>();
  for (const file of byKind('codes')) {
    const code = file.raw?.code;
    if (typeof code === 'number') {
      const first = seenCodes.get(code);
      if (first) problems.push({ file: file.file, ...file.locate(['code']), rule: 'KB005', message: `code ${code} already has a page: ${first.file}`, hint: 'merge the two pages into one' });
      else seenCodes.set(code, file);
    }
    const summary = file.raw?.summary;
    if (typeof summary === 'string') {
      const key = summary.toLowerCase().replace(/\s+/g, ' ').trim();
      const first = seenSummaries.get(key);
      if (first) problems.push({ file: file.file, ...file.locate(['summary']), rule: 'KB019', message: `the summary is the same as in ${first.file}`, hint: 'say what is particular to this code' });
      else seenSummaries.set(key, file);
    }
    const body = file.body?.toLowerCase().replace(/\s+/g, ' ').trim();
    if (body) {
      const first = seenBodies.get(body);
      if (first) problems.push({ file: file.file, line: 1, column: 1, rule: 'KB019', message: `the text of the page is the same as in ${first.file}`, hint: 'say what is particular to this code' });
      else seenBodies.set(body, file);
    }
  }
  return problems;
}

/** A diagnosis tells this page's own causes apart, and every code with three or more causes has one. */
function diagnosisProblems(file: CheckedFile): Problem[] {
  const causes = stringList(file.raw?.causes);
  const diagnosis = Array.isArray(file.raw?.diagnosis) ? (file.raw.diagnosis as Array<{ cause?: unknown }>) : [];
  const problems: Problem[] = diagnosis.flatMap((entry, index) =>
    typeof entry?.cause === 'string' && !causes.includes(entry.cause)
      ? [{ file: file.file, ...file.locate(['diagnosis', index, 'cause']), rule: 'KB022' as const, message: `diagnosis[${index}] names "${entry.cause}", which is not one of this page's causes`, hint: didYouMeanHint(entry.cause, causes) ?? 'name one of the slugs listed under `causes`' }]
      : [],
  );
  if (causes.length >= 3 && diagnosis.length === 0) {
    problems.push({ file: file.file, ...file.locate(['causes']), rule: 'KB022', message: `this code has ${causes.length} causes but no \`diagnosis\` saying how to tell them apart`, hint: 'add `diagnosis:` with, for each cause, what the user sees or which sign-in log field shows it' });
  }
  return problems;
}

/**
 * Every audience a code page offers has a fix of its own under one of the page's causes: the page's audience
 * switch shows one view per audience, and a view with no steps leaves that reader with an empty Start here.
 */
function audienceProblems(file: CheckedFile, fixesOfCause: ReadonlyMap<string, readonly string[]>, audienceOfFix: ReadonlyMap<string, string>): Problem[] {
  const causes = stringList(file.raw?.causes);
  const fixes = causes.flatMap((cause) => fixesOfCause.get(cause) ?? []);
  // A missing cause or fix is reported as KB006; what it would have served is not known, so say nothing more.
  if (causes.some((cause) => !fixesOfCause.has(cause)) || fixes.some((fix) => !audienceOfFix.has(fix))) return [];
  const served = new Set(fixes.map((fix) => audienceOfFix.get(fix)));
  const offered = stringList(file.raw?.audiences);
  const unserved = offered.flatMap((audience, index) =>
    // An audience outside the vocabulary is the schema's to report (KB002).
    served.has(audience) || !Object.hasOwn(AUDIENCES, audience)
      ? []
      : [{ file: file.file, ...file.locate(['audiences', index]), rule: 'KB060' as const, message: `audiences[${index}] offers "${audience}", but none of this page's causes has a fix for ${audiencePhrase(audience as Audience)}`, hint: `remove "${audience}" from \`audiences\`, or link a cause whose fixes include one with \`audience: ${audience}\`` }],
  );
  // The reverse: the page shows a block of steps for every audience its fixes serve, so "Who can act" must name it.
  const unnamed = AUDIENCE_SLUGS.filter((audience) => served.has(audience) && !offered.includes(audience)).map((audience) => ({
    file: file.file,
    ...file.locate(['audiences']),
    rule: 'KB061' as const,
    message: `the page shows steps for ${audiencePhrase(audience)}, but \`audiences\` does not name "${audience}"`,
    hint: `add "${audience}" to \`audiences\`, or unlink the fix for ${audiencePhrase(audience)} from this page's causes`,
  }));
  return [...unserved, ...unnamed];
}

/** A code the site has committed to covering in full depth must stay there. */
function depthProblems(file: CheckedFile, fullDepth: readonly number[]): Problem[] {
  if (!fullDepth.includes(Number(file.id)) || !file.data) return [];
  const gaps = depthGaps(file.data as unknown as DepthInput);
  if (gaps.length === 0) return [];
  return [{ file: file.file, line: 1, column: 1, rule: 'KB046', message: `code ${file.id} is on the full-depth list but lacks ${gaps.join('; ')}`, hint: `add what is missing where Microsoft documents it; if Microsoft documents too little, take the code off ${FULL_DEPTH_FILE} and say why there` }];
}
