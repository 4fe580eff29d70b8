/** Templates for new content files; returns what to write and never writes or prints itself. */
import { AUDIENCE_SLUGS, CATEGORY_SLUGS, SIGNAL_SLUGS } from '../../src/schemas/vocabulary.ts';
import { SLUG_PATTERN } from '../../src/schemas/reference.ts';
import { CODE_DIGITS, currentMessage, type CatalogRow } from '../../src/lib/catalog/catalog-file.ts';
import { inErrorLookup, OFFICIAL_REFERENCE_URL, officialLookupUrl } from '../../src/lib/catalog/documented.ts';
import { visible } from '../../src/lib/validation/terminal-text.ts';

export type Scaffold =
  | {
      ok: true;
      kind: 'codes' | 'causes' | 'fixes';
      id: string;
      path: string;
      text: string;
      notes: string[];
      /** The catalogue line whose classification the new guide takes over, to be cleared with {@link withoutClassification}. */
      catalogLine?: number;
    }
  | { ok: false; error: string };

export const USAGE = 'usage: npm run new -- <code>   (e.g. 50058 or AADSTS50058)\n       npm run new -- cause <slug>\n       npm run new -- fix <slug>';

/**
 * The sources a new guide starts from: the reference table where it lists the code, and Microsoft's lookup only
 * where the lookup has the code and a message for it (as pages show it, and KB051); a code with neither asks for the
 * page that documents it.
 */
function sourceLines(entry: CatalogRow | undefined, code: number): string {
  const lines = [
    ...(entry?.documentedIn.includes('reference-table') ? [OFFICIAL_REFERENCE_URL] : []),
    ...(entry && inErrorLookup(entry) && currentMessage(entry) !== '' ? [officialLookupUrl(code)] : []),
  ];
  return (lines.length > 0 ? lines : ['"TODO: the https address of the Microsoft page that documents this code"']).map((line) => `  - ${line}\n`).join('');
}

/** Reads `50058`, `AADSTS50058`, `cause some-slug` or `fix some-slug`. */
export function scaffold(args: readonly string[], known: readonly CatalogRow[], today: string): Scaffold {
  const [first, second] = args;
  if (first === undefined) return { ok: false, error: USAGE };
  if (first === 'cause' || first === 'fix') {
    if (second === undefined || !SLUG_PATTERN.test(second)) {
      return { ok: false, error: `"${visible(second ?? '')}" is not a slug: use lower-case words joined by hyphens, e.g. npm run new -- ${first} device-clock-drift` };
    }
    return first === 'cause' ? causeTemplate(second) : fixTemplate(second);
  }
  const match = /^(?:aadsts)?\s*([0-9]+)$/i.exec(first.trim());
  if (!match || !CODE_DIGITS.test(match[1]) || args.length > 1) {
    return { ok: false, error: `"${visible(args.join(' '))}" is not a code: give the digits, with or without AADSTS (e.g. 50058 or AADSTS50058), or "cause <slug>" / "fix <slug>".\n${USAGE}` };
  }
  return codeTemplate(Number(match[1]), known, today);
}

function codeTemplate(code: number, known: readonly CatalogRow[], today: string): Scaffold {
  const entry = known.find((candidate) => candidate.code === code);
  const notes: string[] = [];
  if (!entry) notes.push(`${code} is not in content/catalog.tsv: add a line for it (code, Microsoft's name, where it is documented, today's date, Microsoft's message), or run \`npm run sync\` with Microsoft's newer list.`);
  const c = entry?.classification;
  const text = `---
code: ${code}
${entry?.name ? `name: ${entry.name}\n` : ''}title: "TODO: a plain-language headline of at most 90 characters"
summary: "TODO: one or two sentences, in your own words, on what the code means"
# One of: ${CATEGORY_SLUGS.join(', ')}${c ? ' (the catalogue reads it as below: check it)' : ''}
category: ${c?.category ?? 'TODO'}
# Who can act, most likely first: ${AUDIENCE_SLUGS.join(', ')}
audiences: [${c?.audiences.join(', ') ?? 'TODO'}]
signal:
  # One of: ${SIGNAL_SLUGS.join(', ')}
  kind: ${c?.signal ?? 'TODO'}
  # For codes that matter to security teams, add what to look for and a query:
  # detection: "Many failures for one user in an hour suggest …"
  # kql: |-
  #   SigninLogs
  #   | where ResultType == "${code}"
# Most likely first; create a new one with: npm run new -- cause <slug>
causes:
  - TODO
# Short phrases in people's own words that lead here ("my phone didn't get the prompt"); search weighs them highly
symptoms:
  - "TODO: what someone meeting this code would search for (or delete)"
# With three or more causes, say for each what tells it apart (KB022):
# diagnosis:
#   - cause: <one of the causes above>
#     sign: "What the user sees, or which sign-in log field shows it"
related: []
collect: []
sources:
${sourceLines(entry, code)}written: ${today}
reviewed: ${today}
---

TODO: explain in plain language what happened and what it means for the person signing in.
`;
  return { ok: true, kind: 'codes', id: String(code), path: `content/codes/${code}.mdx`, text, notes, ...(entry?.classification ? { catalogLine: entry.line } : {}) };
}

/**
 * The catalogue's text with the category, audiences, signal and confidence of one line emptied: a guide's front
 * matter gives them (KB045). Only that line changes, so that nothing else in the file can be lost.
 */
export function withoutClassification(catalogText: string, line: number): string {
  const lines = catalogText.split('\n');
  const fields = lines[line - 1].split('\t');
  // code, name, documented_in, added, then the four fields of the classification.
  fields.splice(4, 4, '', '', '', '');
  lines[line - 1] = fields.join('\t');
  return lines.join('\n');
}

function causeTemplate(slug: string): Scaffold {
  const text = `---
title: "TODO: what went wrong, as a short statement"
summary: "TODO: one or two sentences that explain the cause"
# The Learn pages that support this cause
sources:
  - TODO
# The fix to try first at the top; create a new one with: npm run new -- fix <slug>
fixes:
  - TODO
---

TODO: explain how this happens and how to tell that it is the cause.
`;
  return { ok: true, kind: 'causes', id: slug, path: `content/causes/${slug}.mdx`, text, notes: ['List the cause under `causes` in the code pages it explains.'] };
}

function fixTemplate(slug: string): Scaffold {
  const text = `---
title: "TODO: what the reader does, as an imperative"
# One of: ${AUDIENCE_SLUGS.join(', ')}
audience: TODO
summary: "TODO: one sentence on what the fix achieves"
# For admin fixes: the least-privileged role (e.g. Authentication Administrator), and the licence if one is needed
# role: TODO
# license: TODO
# The Learn pages that support these steps
sources:
  - TODO
---

1. TODO: one action per step, with the exact labels of buttons and menus in **bold**.
`;
  return { ok: true, kind: 'fixes', id: slug, path: `content/fixes/${slug}.mdx`, text, notes: ['List the fix under `fixes` in the causes it solves.'] };
}
