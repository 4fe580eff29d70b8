/** Downloads the compact index of codes on first use and searches it (src/lib/search/code-search.ts). */
import { fromRow, type CodeDocumentRow } from '../lib/search/code-index.ts';
import { buildCodeIndex, searchCodes as search, type CodeIndex, type CodeSearch } from '../lib/search/code-search.ts';
import { href } from '../lib/site/urls.ts';

let loading: Promise<CodeIndex> | undefined;

export function loadCodeIndex(): Promise<CodeIndex> {
  loading ??= fetch(href('code-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`code-index.json: ${response.status}`);
      return response.json() as Promise<CodeDocumentRow[]>;
    })
    .then((rows) => buildCodeIndex(rows.map(fromRow)));
  // A failed download is tried again by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function searchCodes(text: string): Promise<CodeSearch> {
  return search(await loadCodeIndex(), text);
}
