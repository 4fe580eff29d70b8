/** /search/?q=…: goes straight to a code page when the text holds a code we have, otherwise runs Pagefind. */
import { extractCode } from '../lib/extract-code.ts';
import { codeUrl, href } from '../lib/urls.ts';
import { officialLookupUrl } from '../site.ts';
import { handOffPastedText } from './handoff.ts';
import { readKnownCodes } from './known-codes.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string; ranking?: { pageLength?: number } }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-lookup]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';

/** Pagefind marks matches with <mark>; rebuild the excerpt from text nodes so no markup is ever injected. */
function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

function say(text: string) {
  if (status) status.textContent = text;
}

function showWanted(code: number) {
  const notice = document.querySelector<HTMLElement>('[data-wanted-notice]');
  const label = notice?.querySelector('[data-wanted-code]');
  const link = notice?.querySelector<HTMLAnchorElement>('[data-official-link]');
  if (!notice || !label || !link) return;
  label.textContent = `AADSTS${code}`;
  link.href = officialLookupUrl(code);
  notice.hidden = false;
}

const RESULTS_PER_PAGE = 10;
const moreButton = document.querySelector<HTMLButtonElement>('[data-more-results]');

function resultItem(result: { url: string; meta: { title?: string }; excerpt: string }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.setAttribute('data-search-result', '');
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(excerptNode(result.excerpt));
  item.append(link, excerpt);
  return item;
}

async function runSearch(text: string) {
  say('Searching…');
  const pagefind = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
  // Code pages are longer than the cause and fix pages that link to them; Pagefind's default length
  // penalty (0.75) ranked those short pages above the code page a searcher wants.
  await pagefind.options({ baseUrl: href(), ranking: { pageLength: 0.25 } });
  const { results } = await pagefind.search(text);
  list?.replaceChildren();
  // Each shown result costs a download of its fragment: load a page of results at a time.
  let shown = 0;
  const showMore = async () => {
    const batch = await Promise.all(results.slice(shown, shown + RESULTS_PER_PAGE).map((result) => result.data()));
    shown += batch.length;
    list?.append(...batch.map(resultItem));
    if (moreButton) moreButton.hidden = shown >= results.length;
  };
  if (moreButton) moreButton.onclick = () => void showMore();
  await showMore();
  say(results.length === 0 ? `Nothing found for “${text}”. Try fewer words, or the code alone.` : `${results.length} pages found for “${text}”.`);
}

if (form && query !== '') {
  const known = readKnownCodes(form);
  const field = form.querySelector('textarea');
  if (field) field.value = query;
  const found = extractCode(query, known.isKnown);
  if (found && known.hasPage(found.code)) {
    handOffPastedText(found.code, query);
    location.replace(codeUrl(found.code));
  } else {
    if (found) showWanted(found.code);
    runSearch(found && !known.hasPage(found.code) && /^\d+$/.test(query) ? `AADSTS${found.code}` : query).catch(() =>
      say('Search is not available right now. Browse the list of all codes instead.'),
    );
  }
}
