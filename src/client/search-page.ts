/** /search/: goes straight to a code page when the text holds a code we have, otherwise searches and never leaves the reader stranded. */
import { extractCode } from '../lib/paste/extract-code.ts';
import { codeUrl } from '../lib/site/urls.ts';
import { officialLookupUrl } from '../site.ts';
import { handOffPastedText, takeCarriedQuery } from './handoff.ts';
import { loadKnownCodes } from './known-codes.ts';
import { holdsIds } from '../lib/paste/error-details.ts';
import { quotedQuery, searchableText } from '../lib/paste/paste-text.ts';
import { resultItem, searchFullText, searchSite, type SearchOutcome } from './site-search.ts';

const RESULTS_PER_PAGE = 10;

const form = document.querySelector<HTMLFormElement>('form[data-lookup]');
const field = form?.querySelector('textarea');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const moreButton = document.querySelector<HTMLButtonElement>('[data-more-results]');
const codeNotice = document.querySelector<HTMLElement>('[data-code-notice]');
const idsNotice = document.querySelector<HTMLElement>('[data-ids-notice]');
const nothingFound = document.querySelector<HTMLElement>('[data-nothing-found]');
const fullTextButton = document.querySelector<HTMLButtonElement>('[data-full-text]');

function say(text: string) {
  if (status) status.textContent = text;
}

const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
const codes = (count: number) => `${count} ${count === 1 ? 'code' : 'codes'}`;

function showCodeNotice(code: number, wanted: boolean) {
  const text = codeNotice?.querySelector('[data-code-notice-text]');
  const link = codeNotice?.querySelector<HTMLAnchorElement>('[data-official-link]');
  if (!codeNotice || !text || !link) return;
  text.textContent = wanted
    ? `AADSTS${code} is a code Microsoft documents, but we have not written its page yet.`
    : `AADSTS${code} is not a code we know. Check the digits against the error screen; Microsoft's own lookup may still know it.`;
  link.href = officialLookupUrl(code);
  codeNotice.hidden = false;
}

async function run(raw: string) {
  const query = searchableText(raw);
  for (const element of [codeNotice, idsNotice, nothingFound, moreButton, fullTextButton]) if (element) element.hidden = true;
  list?.replaceChildren();
  if (query === '') return say('');
  const known = await loadKnownCodes();
  const found = extractCode(query, known.isKnown);
  if (found && known.hasPage(found.code)) {
    handOffPastedText(found.code, query);
    location.replace(codeUrl(found.code));
    return;
  }
  if (found) showCodeNotice(found.code, known.isWanted(found.code));
  else if (holdsIds(query)) idsNotice!.hidden = false;

  say('Searching…');
  // Lines of IDs and times say nothing a page could match; the rest of a pasted screen may.
  const words = holdsIds(query) ? query.split('\n').filter((line) => !holdsIds(line) && !/timestamp/i.test(line)).join('\n') : query;
  await show(await searchSite(words), query, words, Boolean(found) || holdsIds(query));
}

/** Shows an outcome of either search, and offers the full text after a search of the codes. */
async function show(outcome: SearchOutcome, query: string, words: string, codeOrIds: boolean) {
  list?.replaceChildren();
  if (outcome.terms.length === 0 && codeOrIds) return say('');
  const shown = `“${quotedQuery(query)}”`;
  if (outcome.mode === 'none') {
    say(`Nothing found for ${shown}. No page uses these words; try the code alone, or one of the suggestions below.`);
    if (nothingFound) nothingFound.hidden = false;
    return;
  }
  const corrected = outcome.corrections.map(([typed, read]) => `“${read}” for “${quotedQuery(typed, 30)}”`).join(', ');
  const fixed = corrected ? ` (searched ${corrected})` : '';
  let shownCount = 0;
  const showMore = async () => {
    const batch = await outcome.fragments(shownCount, RESULTS_PER_PAGE);
    shownCount += batch.length;
    list?.append(...batch.map((result) => resultItem(result)));
    if (moreButton) moreButton.hidden = shownCount >= outcome.total;
  };
  if (moreButton) moreButton.onclick = () => void showMore();
  await showMore();
  if (fullTextButton) {
    fullTextButton.hidden = outcome.source !== 'codes';
    fullTextButton.onclick = () => {
      fullTextButton.hidden = true;
      say('Searching every page…');
      void searchFullText(words)
        .then((full) => show(full, query, words, codeOrIds))
        .catch(() => say('The full-text search is not available right now.'));
    };
  }
  // Said once the results are there, so that a screen reader announces them, not a promise of them.
  const what = outcome.source === 'codes' ? codes(outcome.total) : pages(outcome.total);
  say(
    outcome.mode === 'all'
      ? `${what} found for ${shown}${fixed}.`
      : `No ${outcome.source === 'codes' ? 'code' : 'page'} has every word of ${shown}; ${what} found with some of them, best first${fixed}.`,
  );
}

function start(text: string) {
  run(text)
    .catch(() => say('Search is not available right now. Browse the list of all codes instead.'))
    .finally(() => list?.toggleAttribute('data-settled', list.childElementCount === 0));
}

const fromAddress = new URLSearchParams(location.search).get('q') ?? '';
// IDs from a pasted error screen do not belong in the address bar, its history or a shared link.
if (holdsIds(fromAddress)) history.replaceState(null, '', location.pathname);
const initial = takeCarriedQuery() ?? fromAddress;
if (field) field.value = searchableText(initial);
start(initial);

// A new search from this page's box runs in place; the text never leaves the browser.
form?.addEventListener('submit', (event) => {
  if (event.defaultPrevented) return;
  event.preventDefault();
  const text = field?.value ?? '';
  if (!holdsIds(text) && text.length <= 200) history.replaceState(null, '', `?q=${encodeURIComponent(text)}`);
  else history.replaceState(null, '', location.pathname);
  start(text);
});
document.addEventListener('atlas:search', (event) => {
  const text = (event as CustomEvent<string>).detail;
  if (field) field.value = text;
  start(text);
});
