/** Filters a list of codes (src/components/CodeList.astro) as you type or choose, and keeps the filters in the address so that a filtered view can be linked. */
import { FILTER_FIELDS as FIELDS, filterCount, filterWords, rowMatches, type FilterField as Field, type FilterRow, type Filters } from '../lib/catalog/code-filter.ts';
import { searchUrl } from '../lib/site/urls.ts';

interface Row extends FilterRow {
  item: HTMLLIElement;
}

/** Announcing every keystroke would talk over the typing; the count is said once the typing pauses. */
const ANNOUNCE_DELAY_MS = 400;

function readRow(item: HTMLLIElement): Row {
  const words = [item.querySelector('a')?.textContent ?? '', item.querySelector('code')?.textContent ?? ''].join(' ');
  return {
    item,
    text: words.toLowerCase(),
    category: item.dataset.c ?? '',
    audiences: (item.dataset.a ?? '').split(' '),
    signal: item.dataset.s ?? '',
    guide: item.hasAttribute('data-g'),
  };
}

function setUp(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[data-code-filter]');
  const count = root.querySelector<HTMLElement>('[data-filter-count]');
  const empty = root.querySelector<HTMLElement>('[data-filter-empty]');
  if (!form || !count) return;
  const rows = [...root.querySelectorAll<HTMLLIElement>('ol.codes > li')].map(readRow);
  const field = (name: Field) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  let announce: ReturnType<typeof setTimeout> | undefined;

  const current = (): Filters => Object.fromEntries(FIELDS.map((name) => [name, field(name)?.value.trim() ?? ''])) as Filters;

  const apply = ({ delayAnnouncement = false } = {}) => {
    const filters = current();
    const words = filterWords(filters.q);
    let shown = 0;
    for (const row of rows) {
      const visible = rowMatches(row, filters, words);
      if (row.item.hidden === visible) row.item.hidden = !visible;
      if (visible) shown += 1;
    }
    const filtered = FIELDS.some((name) => filters[name] !== '');
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-filter-clear]')) button.hidden = !filtered;
    if (empty) {
      empty.hidden = shown > 0;
      // The list filters codes by their own words; search reads every page, so offer it the same words.
      const search = empty.querySelector<HTMLAnchorElement>('[data-filter-search]');
      if (search) {
        search.hidden = filters.q === '';
        search.href = searchUrl(filters.q);
        search.querySelector('[data-filter-words]')!.textContent = filters.q;
      }
    }
    const text = filterCount(shown, rows.length, filtered);
    clearTimeout(announce);
    if (delayAnnouncement) announce = setTimeout(() => (count.textContent = text), ANNOUNCE_DELAY_MS);
    else count.textContent = text;

    const query = new URLSearchParams(FIELDS.flatMap((name) => (filters[name] ? [[name, filters[name]]] : [])));
    history.replaceState(history.state, '', `${location.pathname}${query.size > 0 ? `?${query}` : ''}${location.hash}`);
  };

  // A linked view: take the filters from the address, ignoring values the form does not offer.
  const fromAddress = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const value = fromAddress.get(name);
    const input = field(name);
    if (value === null || !input) continue;
    if (input instanceof HTMLSelectElement && ![...input.options].some((option) => option.value === value)) continue;
    input.value = value;
  }

  form.addEventListener('input', (event) => apply({ delayAnnouncement: event.target instanceof HTMLInputElement }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-filter-clear]')) {
    button.addEventListener('click', () => {
      form.reset();
      apply();
      field('q')?.focus();
    });
  }
  apply();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-code-list]')) setUp(root);
