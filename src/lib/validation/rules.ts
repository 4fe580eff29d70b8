/** Every content rule: a stable ID, whether it fails the check, and one imperative sentence. */

export const RULES = {
  KB001: { severity: 'error', summary: 'Write front matter as YAML between two `---` lines at the top of the file.' },
  KB002: { severity: 'error', summary: 'Give every field the type the schema asks for, and fill in every required field.' },
  KB003: { severity: 'error', summary: 'Use only the documented front-matter fields.' },
  KB004: { severity: 'error', summary: 'Make a code page’s `code` equal its file name.' },
  KB005: { severity: 'error', summary: 'Give each code one page only.' },
  KB006: { severity: 'error', summary: 'Refer only to causes, fixes and codes that exist.' },
  KB007: { severity: 'error', summary: 'Link every cause from a code and every fix from a cause.' },
  KB008: { severity: 'error', summary: 'Cite sources as https:// URLs.' },
  KB009: { severity: 'error', summary: 'Write dates as real calendar dates, YYYY-MM-DD.' },
  KB010: { severity: 'error', summary: 'Do not commit empty content files.' },
  KB011: { severity: 'error', summary: 'Save content files as UTF-8 text.' },
  KB012: { severity: 'error', summary: 'Do not use `import` or `export` in MDX.' },
  KB013: { severity: 'error', summary: 'Do not use JavaScript expressions (`{…}`) in MDX.' },
  KB014: { severity: 'error', summary: 'Use only the allowed components; no HTML elements such as `<script>`, `<iframe>` or `<style>`.' },
  KB015: { severity: 'error', summary: 'Do not use `on…` event attributes.' },
  KB016: { severity: 'error', summary: 'Do not link to `javascript:` or `data:` URLs.' },
  KB017: { severity: 'error', summary: 'Replace every `TODO` placeholder the scaffold left.' },
  KB018: { severity: 'error', summary: 'Name files `<code>.mdx` or `<kebab-case-slug>.mdx`, never starting with `_`.' },
  KB019: { severity: 'error', summary: 'Write a summary and a text of its own for every code page.' },
  KB020: { severity: 'error', summary: 'Write MDX that parses.' },
  KB022: { severity: 'error', summary: 'Say how to tell the causes apart on every code with three or more, naming only the page’s own causes.' },
  KB023: { severity: 'error', summary: 'Give each component only the props and content it takes (see the component table).' },
  KB024: { severity: 'error', summary: 'Write admin-center navigation as `<Path to="…" />` with a path listed in `src/schemas/admin-paths.ts`.' },
  KB025: { severity: 'warning', summary: 'Use the admin center’s current wording of a path.' },
  KB030: { severity: 'error', summary: 'Commit content files as files, not symbolic links.' },
  KB031: { severity: 'error', summary: 'Keep only files in the content folders: no folders named like a content file.' },
  KB032: { severity: 'error', summary: 'Keep each content file under 64 KB.' },
  KB033: { severity: 'error', summary: 'Save content files as UTF-8 without a byte-order mark.' },
  KB034: { severity: 'error', summary: 'Write front-matter values out in full: at most 8 YAML aliases (`*name`) per file.' },
  KB035: { severity: 'error', summary: 'Do not use YAML tags such as `!!js/function` in front matter.' },
  KB036: { severity: 'error', summary: 'Write front-matter fields as plain text, without HTML tags.' },
  KB037: { severity: 'error', summary: 'Nest lists, quotes, components and front-matter values at most 50 levels deep.' },
  KB038: { severity: 'error', summary: 'Write front-matter fields without bidirectional control characters (U+202A–U+202E, U+2066–U+2069).' },
  KB040: { severity: 'error', summary: 'Write the catalogue as its header says: one line per code, fields separated by tabs.' },
  KB041: { severity: 'error', summary: 'List each code once in the catalogue.' },
  KB042: { severity: 'error', summary: 'Classify catalogue codes with the fixed categories, audiences, signals and confidences.' },
  KB043: { severity: 'error', summary: 'Give every catalogued code Microsoft’s message or a written guide.' },
  KB044: { severity: 'error', summary: 'List every code that has a page, and every code a page links to, in the catalogue.' },
  KB045: { severity: 'warning', summary: 'Classify every code that has no written guide; leave a guide’s classification to its front matter.' },
  KB046: { severity: 'error', summary: 'Keep every code on the full-depth list (`src/lib/catalog/full-depth-codes.ts`) in full depth.' },
  KB047: { severity: 'error', summary: 'Leave Microsoft’s message to `content/catalog.tsv`: no page has a `message` field.' },
  KB048: { severity: 'error', summary: 'Write titles in words: no `{placeholder}` braces, and no cut-off ending in “…” or “...”.' },
  KB049: { severity: 'error', summary: 'List every page you cite in `content/source-titles.tsv`: its URL, a tab, its title.' },
  KB050: { severity: 'error', summary: 'Write the title of every cited page beside its URL in `content/source-titles.tsv`, as Microsoft gives it.' },
  KB051: { severity: 'error', summary: 'Cite Microsoft’s error lookup for a code only where the catalogue found the code in it with a message (`content/catalog.tsv`).' },
  KB052: { severity: 'error', summary: 'Give `referenceText` only for a code without a message that Microsoft’s error code reference describes.' },
  KB053: { severity: 'error', summary: 'List each removed cause or fix page in `content/retired.tsv` with its date, the codes that now cover it and why, and never a page that exists.' },
  KB060: { severity: 'error', summary: 'Offer only audiences with a fix of their own: each audience a code page lists needs a fix for it under one of its causes.' },
  KB061: { severity: 'error', summary: 'Name every audience a code page shows steps for: each audience of a fix under its causes is listed in `audiences`.' },
  KB070: { severity: 'error', summary: 'Describe each sign-in screen in `content/screens.yaml` as its schema asks, naming only catalogued codes.' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; summary: string }>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  rule: RuleId;
  message: string;
  hint?: string;
}

export function severityOf(problem: Problem): 'error' | 'warning' {
  return RULES[problem.rule].severity;
}
