/** The header box: results as you type, `/` to focus, Esc to close; pasted text goes to its code page or stays in this tab, never in a request. */
import { extractCode } from '../lib/paste/extract-code.ts';
import { codeUrl, href, searchUrl } from '../lib/site/urls.ts';
import { carryQuery, handOffPastedText } from './handoff.ts';
import { loadKnownCodes } from './known-codes.ts';
import { searchableText } from '../lib/paste/paste-text.ts';

const SHOWN = 6;
const form = document.querySelector<HTMLFormElement>('form[data-header-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const listbox = form?.querySelector<HTMLUListElement>('[role="listbox"]');
const onSearchPage = () => location.pathname === href('search/');

if (form && input && listbox) {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = () => import('./site-search.ts');

  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const close = () => {
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, position) => option.setAttribute('aria-selected', String(position === active)));
    input.setAttribute('aria-activedescendant', all[active].id);
  };
  const option = (id: string, content: Node): HTMLLIElement => {
    const item = document.createElement('li');
    item.id = id;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.append(content);
    return item;
  };
  const open = (items: HTMLLIElement[]) => {
    listbox.replaceChildren(...items);
    listbox.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
  };

  const suggest = async (text: string) => {
    const mine = ++generation;
    const query = searchableText(text);
    if (query.length < 2) return close();
    const known = await loadKnownCodes();
    const found = extractCode(query, known.isKnown);
    if (found && known.hasPage(found.code)) {
      const link = document.createElement('a');
      link.href = codeUrl(found.code);
      link.textContent = `Open the page for AADSTS${found.code}`;
      if (mine === generation) open([option('header-option-0', link)]);
      return;
    }
    const { searchSite, resultItem } = await search();
    const outcome = await searchSite(query);
    const fragments = await outcome.fragments(0, SHOWN);
    if (mine !== generation) return;
    const items = fragments.map((fragment, index) => option(`header-option-${index}`, resultItem(fragment, { withExcerpt: false }).firstChild!));
    const all = document.createElement('a');
    all.href = searchUrl();
    all.dataset.allResults = '';
    all.textContent = outcome.total > 0 ? `All ${outcome.total} results` : 'Nothing found: open the search page for suggestions';
    all.addEventListener('click', (event) => {
      event.preventDefault();
      form.requestSubmit();
    });
    open([...items, option(`header-option-${items.length}`, all)]);
  };

  input.addEventListener('focus', () => void search().then(({ warmUp }) => warmUp()), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(input.value).catch(close), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (listbox.hidden) void suggest(input.value);
      else highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) event.preventDefault();
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active].querySelector('a')?.click();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = searchableText(input.value);
    if (text === '') return input.focus();
    void loadKnownCodes()
      .catch(() => null)
      .then((known) => {
        const found = known ? extractCode(text, known.isKnown) : null;
        close();
        if (found && known?.hasPage(found.code)) {
          handOffPastedText(found.code, text);
          location.assign(codeUrl(found.code));
        } else if (onSearchPage()) {
          document.dispatchEvent(new CustomEvent('atlas:search', { detail: text }));
        } else if (carryQuery(text)) {
          location.assign(searchUrl());
        } else {
          // Without storage the address is the only way; the search page removes IDs from it.
          location.assign(searchUrl(text));
        }
      });
  });
}
