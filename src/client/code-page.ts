/** Code page: copy buttons, the audience switch, what a paste captured, and the ticket note. */
import { copyWithFeedback } from './clipboard.ts';
import './copy-query.ts';
import { takePastedText } from './handoff.ts';
import { codeUrl } from '../lib/site/urls.ts';
import { parseErrorDetails } from '../lib/paste/error-details.ts';
import { displaySafe } from '../lib/paste/paste-text.ts';
import { capturedIdsPhrase, otherCodeThan } from '../lib/paste/pasted-error.ts';
import { ticketNote, viewLink, type TicketCause, type TicketStep } from '../lib/paste/ticket-note.ts';
import type { Audience } from '../schemas/vocabulary.ts';

/** The view chosen with "Show steps for", as the address keeps it. */
const currentView = () => new URLSearchParams(location.search).get('for') ?? '';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  button.hidden = false;
  button.addEventListener('click', () => void copyWithFeedback(button, viewLink(location.href, currentView(), button.dataset.copyLink)));
}


/** The audience switch filters the steps and keeps the choice in the address (`?for=admin`), so that a link shows one view. */
const switcher = document.querySelector<HTMLElement>('[data-audience-switch]');
if (switcher) {
  const buttons = [...switcher.querySelectorAll<HTMLButtonElement>('button[data-for]')];
  const choices = new Set(buttons.map((button) => button.dataset.for ?? ''));
  const apply = (audience: string) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.for === audience));
    for (const element of document.querySelectorAll<HTMLElement>('.fix-group[data-audience], .start-here li[data-audience]')) {
      element.hidden = audience !== '' && element.dataset.audience !== audience;
    }
    document.dispatchEvent(new CustomEvent('atlas:view'));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const audience = button.dataset.for ?? '';
      const url = new URL(location.href);
      if (audience) url.searchParams.set('for', audience);
      else url.searchParams.delete('for');
      history.replaceState(null, '', url);
      apply(audience);
    });
  }
  const wanted = currentView();
  apply(choices.has(wanted) ? wanted : '');
  switcher.hidden = false;
  // A link to one cause or fix lands below the sticky bar: the stylesheet reads its height from here.
  const measure = () => document.documentElement.style.setProperty('--switch-height', `${switcher.offsetHeight}px`);
  measure();
  new ResizeObserver(measure).observe(switcher);
  // A link to a fix the chosen view hides shows every view instead, so that the link never lands on nothing.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.closest('[hidden]')) {
    apply('');
    const url = new URL(location.href);
    url.searchParams.delete('for');
    history.replaceState(null, '', url);
  }
  if (target) target.scrollIntoView();
}

const pageCode = document.querySelector<HTMLElement>('[data-code]')?.dataset.code ?? '';

/** Shows, in `warning`, that `text` is about another code than this page's; hides it otherwise. */
function warnIfOtherCode(warning: HTMLElement | null, text: string) {
  if (!warning) return;
  const other = otherCodeThan(pageCode, text);
  warning.hidden = other === null;
  if (other === null) return;
  for (const label of warning.querySelectorAll('[data-mismatch-code]')) label.textContent = `AADSTS${other}`;
  warning.querySelector<HTMLAnchorElement>('[data-mismatch-link]')!.href = codeUrl(other);
}

const section = document.querySelector<HTMLElement>('[data-ticket]');
if (section) {
  const base = JSON.parse(section.dataset.ticket ?? '{}') as { code: string; title: string; message: string; url: string; likelyCause?: TicketCause; steps: Record<string, TicketStep[]> };
  // Link the page on the host it was opened from (the dev server, a preview), not the configured site.
  base.url = new URL(new URL(base.url).pathname, location.origin).href;
  const textarea = section.querySelector('textarea');
  const preview = section.querySelector<HTMLElement>('[data-ticket-preview]');
  const copy = section.querySelector<HTMLButtonElement>('[data-copy-ticket]');
  const mismatch = section.querySelector<HTMLElement>('[data-ticket-mismatch]');
  const current = () => {
    const view = currentView();
    const audience = (view in base.steps ? view : '') as Audience | '';
    return ticketNote({ ...base, audience, nextSteps: base.steps[audience] ?? [], details: parseErrorDetails(textarea?.value ?? '') });
  };
  const refresh = () => {
    if (preview) preview.textContent = current();
    warnIfOtherCode(mismatch, textarea?.value ?? '');
  };
  const pasted = takePastedText(base.code);
  if (textarea && pasted) {
    textarea.value = displaySafe(pasted);
    const captured = capturedIdsPhrase(parseErrorDetails(pasted));
    const banner = document.querySelector<HTMLElement>('[data-paste-banner]');
    const list = banner?.querySelector('[data-paste-captured]');
    if (banner && list && captured) {
      list.textContent = captured;
      banner.hidden = false;
    }
    warnIfOtherCode(document.querySelector('[data-paste-mismatch]'), pasted);
  }
  textarea?.addEventListener('input', refresh);
  document.addEventListener('atlas:view', refresh);
  refresh();
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', () => void copyWithFeedback(copy, current()));
  }
}
