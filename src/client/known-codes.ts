/** The one place the browser learns which codes exist: from the page's lookup form if it carries the lists, else from known-codes.json, fetched once. */
import { href } from '../lib/site/urls.ts';

export interface KnownCodes {
  hasPage: (code: number) => boolean;
  isWanted: (code: number) => boolean;
  isKnown: (code: number) => boolean;
}

function knownCodes(pages: Set<number>, wanted: Set<number>): KnownCodes {
  return {
    hasPage: (code) => pages.has(code),
    isWanted: (code) => wanted.has(code),
    isKnown: (code) => pages.has(code) || wanted.has(code),
  };
}

function numbers(list: string | undefined): Set<number> {
  return new Set((list ?? '').split(' ').filter(Boolean).map(Number));
}

export function readKnownCodes(element: HTMLElement): KnownCodes {
  return knownCodes(numbers(element.dataset.pages), numbers(element.dataset.wanted));
}

let loading: Promise<KnownCodes> | undefined;

/** The known codes, from the page where it embeds them, otherwise downloaded on first use. */
export function loadKnownCodes(): Promise<KnownCodes> {
  const embedded = document.querySelector<HTMLElement>('[data-pages]');
  if (embedded) return Promise.resolve(readKnownCodes(embedded));
  loading ??= fetch(href('known-codes.json'))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`known-codes.json: ${response.status}`))))
    .then((body: { pages: number[]; wanted: number[] }) => knownCodes(new Set(body.pages), new Set(body.wanted)));
  return loading;
}
