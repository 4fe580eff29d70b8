/** One code as every list, API and page sees it: from its written guide where there is one, otherwise from the catalogue. */
import type { Audience, Category, Signal } from '../../schemas/vocabulary.ts';
import { currentMessage, type CatalogRow, type Confidence } from './catalog-file.ts';

/** What a listing needs of a written guide (structural, so that this module stays free of Astro). */
export interface GuideLike {
  id: string;
  data: {
    title: string;
    summary: string;
    message?: string;
    name?: string;
    category: Category;
    audiences: Audience[];
    signal: { kind: Signal };
  };
}

export interface CodeListing<Guide extends GuideLike = GuideLike> {
  code: number;
  id: string;
  name: string;
  title: string;
  /** Our words for a guide; for a generated page, a sentence that says what the page holds. */
  summary: string;
  /** Microsoft's message, newest wording. */
  message: string;
  category: Category | undefined;
  audiences: Audience[];
  signal: Signal | undefined;
  /** How sure the catalogue's classification is; undefined for guides, whose authors checked it. */
  confidence: Confidence | undefined;
  row: CatalogRow;
  guide: Guide | undefined;
}

const TITLE_LIMIT = 90;

/** "InvalidReplyTo" → "Invalid reply to". */
export function humaniseName(name: string): string {
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .filter(Boolean);
  return words.map((word, index) => (index > 0 && /^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word)).join(' ');
}

/** The first sentence of a message, cut at a word boundary to fit a title. */
function firstSentence(message: string): string {
  // A message of one sentence has no space after its stop, and is its own first sentence.
  // Stryker disable next-line Regex: catalogue messages are one line, on which the first match always starts at 0.
  const sentence = /^(.+?[.!?])\s/.exec(message)?.[1] ?? message;
  const trimmed = sentence.replace(/[.!?]+$/, '').trim();
  if (trimmed.length <= TITLE_LIMIT) return trimmed;
  const cut = trimmed.slice(0, TITLE_LIMIT - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A plain title for a code without a guide: Microsoft's own first sentence, else its symbolic name in words. */
export function referenceTitle(row: Pick<CatalogRow, 'code' | 'name' | 'message' | 'logMessage'>): string {
  const message = currentMessage(row).replace(/^AADSTS\d+:\s*/, '');
  if (message) return firstSentence(message);
  if (row.name) return humaniseName(row.name);
  return `Sign-in error ${row.code}`;
}

export function listing<Guide extends GuideLike>(row: CatalogRow, guide: Guide | undefined): CodeListing<Guide> {
  const base = { code: row.code, id: String(row.code), name: row.name || guide?.data.name || '', message: currentMessage(row), row, guide };
  if (guide) {
    const { data } = guide;
    return { ...base, title: data.title, summary: data.summary, category: data.category, audiences: data.audiences, signal: data.signal.kind, confidence: undefined, message: data.message?.replace(/^AADSTS\d+:\s*/, '') || base.message };
  }
  const c = row.classification;
  return {
    ...base,
    title: referenceTitle(row),
    summary: `No guide is written for AADSTS${row.code}${row.name ? ` (${row.name})` : ''} yet. This page gives Microsoft's message, where it is documented and what to collect for the helpdesk.`,
    category: c?.category,
    audiences: c?.audiences ?? [],
    signal: c?.signal,
    confidence: c?.confidence,
  };
}
