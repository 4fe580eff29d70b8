/** Synthetic content of any size, shaped like the real thing, for the scale benchmark. */
import { CATALOG_FILE, formatCatalog, type CatalogRow } from '../../src/lib/catalog/catalog-file.ts';

const CATEGORIES = ['mfa', 'password', 'application', 'token-session', 'federation'];
const AUDIENCES = ['user', 'helpdesk', 'admin', 'developer'];
const WORDS = 'sign in account password policy tenant token device prompt method session consent application admin user browser phone network request'.split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
  return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
}

function paragraph(seed: number): string {
  return [sentence(seed, 14), sentence(seed + 1, 11), sentence(seed + 2, 16)].join(' ');
}

/** Files (relative to the project root) for `codes` code pages with a cause and a fix for every ten codes, using every component. */
export function syntheticContent(codes: number): Map<string, string> {
  const files = new Map<string, string>();
  const groups = Math.max(1, Math.ceil(codes / 10));
  const catalog: Omit<CatalogRow, 'line'>[] = [];
  for (let group = 0; group < groups; group += 1) {
    files.set(`content/fixes/fix-${group}.mdx`, `---\ntitle: Apply synthetic fix number ${group}\naudience: ${AUDIENCES[group % 4]}\nsummary: ${sentence(group, 12)}\n---\n\n<Steps>\n1. <Path to="Entra ID > Users > All users" />, then ${sentence(group, 9).toLowerCase()}\n2. ${sentence(group + 3, 10)} Press <Kbd>Enter</Kbd>.\n3. ${sentence(group + 5, 8)}\n</Steps>\n`);
    files.set(`content/causes/cause-${group}.mdx`, `---\ntitle: Synthetic cause number ${group}\nsummary: ${sentence(group, 15)}\nfixes: [fix-${group}, fix-${(group + 1) % groups}]\n---\n\n${paragraph(group)}\n\n<Warning>\n${sentence(group + 2, 10)}\n</Warning>\n`);
  }
  for (let index = 0; index < codes; index += 1) {
    const code = 1_000_000 + index;
    const group = index % groups;
    catalog.push({ code, name: `Synthetic${index}`, documentedIn: ['community'], added: '2026-11-22', message: `Synthetic failure number ${index}.`, logMessage: '' });
    files.set(
      `content/codes/${code}.mdx`,
      `---\ncode: ${code}\nname: Synthetic${index}\ntitle: Synthetic sign-in error number ${index}\nsummary: Synthetic code ${index} stands for a failed sign-in. ${sentence(index, 12)}\ncategory: ${CATEGORIES[index % CATEGORIES.length]}\naudiences: [user, admin]\nsignal:\n  kind: benign\ncauses: [cause-${group}, cause-${(group + 1) % groups}]\nrelated: [${1_000_000 + ((index + 1) % codes)}]\nsources: [https://learn.microsoft.com/entra/identity-platform/reference-error-codes]\nreviewed: 2026-11-22\n---\n\n${paragraph(index)} This is page ${index}; see also <CodeLink code={${1_000_000 + ((index + 1) % codes)}} />.\n\n<Note>\n${paragraph(index + 7)}\n</Note>\n`,
    );
  }
  files.set(CATALOG_FILE, formatCatalog(catalog));
  return files;
}
