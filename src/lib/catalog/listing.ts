/** One code as every list, API and page sees it: from its written guide where there is one, otherwise from the catalogue. */
import type { Audience, Category, Signal } from '../../schemas/vocabulary.ts';
import { currentMessage, type CatalogRow, type Confidence } from './catalog-file.ts';
import { capitalised, messageInWords, SHOWN_IN_ERROR } from './message-parts.ts';

/** What a listing needs of a written guide (structural, so that this module stays free of Astro). */
export interface GuideLike {
  id: string;
  data: {
    title: string;
    summary: string;
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
const LONG_TITLE_LIMIT = 120;
/** A whole first sentence up to this length still names the code better than its number does. */
const WHOLE_SENTENCE_LIMIT = 150;

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

/** Why a title does not read as words, or undefined when it does: a placeholder's braces, or a cut marked with an ellipsis. */
export function titleFault(title: string): string | undefined {
  if (/[{}]/.test(title)) return 'contains a brace';
  if (/(…|\.\.\.)$/.test(title.trim())) return 'ends in an ellipsis, as if cut off';
  return undefined;
}

/** A first sentence that dozens of codes share ("Invalid request."): the sentence after it is what tells the code apart. */
const GENERIC_OPENING = /^(invalid request|bad request|invalid ambiguous request)\.\s+(?=\S)/i;

/** The message without a shared opening sentence, when more follows it. */
function withoutGenericOpening(message: string): string {
  return message.replace(GENERIC_OPENING, '');
}

/** The first sentence of a message, without its closing stop. */
function firstSentence(message: string): string {
  return splitFirstSentence(message)[0];
}

/** The first sentence without its closing stop, and what follows it. */
function splitFirstSentence(message: string): [string, string] {
  // A message of one sentence has no space after its stop, and is its own first sentence.
  // Stryker disable next-line Regex: catalogue messages are one line, on which the first match always starts at 0.
  const match = /^(.+?[.!?])\s+/.exec(message);
  const sentence = match?.[1] ?? message;
  return [sentence.replace(/[.!?]+$/, '').trim(), match ? message.slice(match[0].length).trim() : ''];
}

/** A message's opening sentence in words, as a title would read it, and what follows it. */
export function openingInWords(row: Pick<CatalogRow, 'message' | 'logMessage'>): [string, string] {
  const message = currentMessage(row).replace(/^AADSTS\d+:\s*/, '');
  return message ? splitFirstSentence(withoutGenericOpening(messageInWords(message))) : ['', ''];
}

/**
 * Titles that codes with different messages would share ("Unable to verify token signature"): a page titled so would
 * not tell its code apart, so referenceTitle goes on to the words that do.
 */
export function collidingTitles(rows: readonly Pick<CatalogRow, 'code' | 'name' | 'message' | 'logMessage'>[]): ReadonlySet<string> {
  const messagesByTitle = new Map<string, Set<string>>();
  for (const row of rows) {
    const title = referenceTitle(row);
    messagesByTitle.set(title, (messagesByTitle.get(title) ?? new Set()).add(currentMessage(row)));
  }
  return new Set([...messagesByTitle].filter(([, messages]) => messages.size > 1).map(([title]) => title));
}

// Where a phrase ends and the next begins: a clause (", which", " because") or a phrase of its own (" for", " when").
const PHRASE_BREAKS = [' because ', ', because ', ' due to ', ', which ', ', so ', ', but ', ', and ', ', as ', ' since ', '; ', ' - ', ' (', ', please ', '. ', ' that ', ' which ', ' when ', ' while ', ' for ', ' in ', ' on ', ' with ', ' by ', ' from ', ' during ', ' using ', ' after ', ' before ', ' unless ', ' if ', ' as ', ' where ', ' but '];
// A sentence that opens with one of these has its main clause after a comma, so nothing before that comma stands alone.
const SUBORDINATE_OPENING = /^(due to|because|if|when|whenever|since|although|while|either|as|for|in order|to|unless|after|before|once)\b/i;
// A cut after one of these leaves the phrase hanging ("…is not", "…the", "…in tenant shown").
const HANGING_END = /\b(not|the|a|an|is|are|was|were|be|been|being|to|of|for|with|by|from|at|into|via|than|no|any|and|or|must|can|cannot|should|will|would|may|have|has|had|do|does|did|it|its|this|that|their|your|his|her|which|some|shown|resulted)$/i;
// A cut before " as " right after a denial ("…is not allowed | as a resource application") drops what limits the
// denial, and the title then says more than Microsoft does.
const DENIAL_END = /\b(not|never|cannot)\s+\S+$/i;
/** A denial of support, permission, use or presence, which the words after it limit ("not supported on regional AAD", "cannot be used with the v2 endpoint"): cut there, the title would deny more than Microsoft does. */
const SCOPED_DENIAL_END = /\b(not|never|cannot)\s+(be\s+)?(supported|allowed|permitted|enabled|available|used|found|expected|set)$/i;
/** "Only" with what it limits cut off ("…is only supported", "…is permitted only") says the reverse of a limit. */
const DANGLING_ONLY = /\bonly(\s+be)?\s+\S+$|\bonly$/i;
/** A participle straight after a noun ("Tokens issued", "'an address' specified") opens a phrase the cut leaves unfinished. */
const DANGLING_PARTICIPLE = /(?<!\b(?:is|are|was|were|be|been|being|has|have|had|not|never|get|gets|got))\s+[a-z]+ed$/i;
/** An expectation cut from what was expected ("…was expected to start", without "with a Response element") reads as a timing fault. */
const DANGLING_EXPECTATION = /\b(expected|required|supposed)\s+to\s+\S+$/i;
/** A request to the reader cut from its object ("…, please ensure") ends mid-sentence. */
const DANGLING_REQUEST = /\bplease\s+\S+$/i;
/** A requirement cut from what it is required for ("…is required | for SSH certificate token request") demands more than Microsoft does. */
const SCOPED_REQUIREMENT_END = /\b(is|are)\s+(required|needed|mandatory)$/i;
/** A denial or a limit ("only") anywhere in a cut: the words after it may be what limits it ("…is not allowed on tenant 'x' | for cross cloud B2B call"). */
const DENIAL = /\b(not|never|cannot|can't|isn't|aren't|doesn't|only)\b/i;
/** A cut that ends on an indefinite noun phrase ("a claim", "an invalid token"). */
const INDEFINITE_END = /\b(a|an)\s+(\S+\s+)?\S+$/i;
/** Words that say where, when or for what a denial holds. */
const LIMITING = new Set([' as ', ' on ', ' in ', ' for ', ' with ', ' by ', ' from ', ' during ', ' using ', ' when ', ' while ', ' unless ', ' if ', ' where ']);
// Without a verb a cut is a noun phrase ("Consent between first party application 'an application ID'"), not a statement.
const VERB = /\b(is|are|was|were|has|have|had|does|do|did|can|cannot|could|must|should|will|would|may|might|need|needs|requires|exceeds|contains|supports|matches|exists?|occurred|failed|[a-z]{3,}ed)\b/i;

/** Quotes and brackets all closed: a cut inside `'…'` or `(…)` is mid-phrase. An apostrophe (hasn't) sits between letters and is no quote. */
function balanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/(?<![A-Za-z])'|'(?![A-Za-z])/g) % 2 === 0 && count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g);
}

/** The main clause of a sentence that opens with a subordinate one ("Due to …, you must …"), first letter raised. */
function mainClauses(sentence: string): string[] {
  if (!SUBORDINATE_OPENING.test(sentence)) return [sentence];
  const clauses: string[] = [];
  for (let at = sentence.indexOf(', '); at > 0; at = sentence.indexOf(', ', at + 1)) {
    const rest = sentence.slice(at + 2);
    if (/^[a-z]/.test(rest) && !/^(or|and|but|because|since|as|if|when|which|so|then)\b/.test(rest) && !SUBORDINATE_OPENING.test(rest) && VERB.test(rest)) {
      clauses.push(rest);
    }
  }
  return clauses;
}


/** Whether a cut ends where the phrase cannot: on a word that needs what follows it. */
function unfinished(cut: string): boolean {
  if ([HANGING_END, DANGLING_ONLY, DANGLING_EXPECTATION, DANGLING_REQUEST].some((ending) => ending.test(cut))) return true;
  // Another verb before it makes the participle a modifier that may end the phrase ("…had no permissions configured").
  return DANGLING_PARTICIPLE.test(cut) && !VERB.test(cut.split(' ').slice(1, -1).join(' '));
}

/** The longest start of a sentence that ends where a phrase ends, fits a title and says something whole. */
function phraseCut(sentence: string, limit = TITLE_LIMIT): string | undefined {
  for (const clause of mainClauses(sentence)) {
    if (clause.length <= limit) return clause;
    const cuts = PHRASE_BREAKS.flatMap((mark) => {
      const found: string[] = [];
      for (let at = clause.indexOf(mark); at > 0; at = clause.indexOf(mark, at + 1)) {
        // A cut before a value's slot ends on the noun that names it ("…in tenant", "…of type"), which says nothing alone.
        if (clause.startsWith(` ${SHOWN_IN_ERROR}`, at)) continue;
        const cut = clause.slice(0, at).replace(/[,;:]$/, '').trim();
        // A relative clause after an indefinite noun ("…resulted in a claim | which exceeds the size limit") is what the noun is about.
        if ((mark === ' which ' || mark === ' that ') && INDEFINITE_END.test(cut)) continue;
        if (!((mark === ' as ' && DENIAL_END.test(cut)) || (LIMITING.has(mark) && (SCOPED_DENIAL_END.test(cut) || SCOPED_REQUIREMENT_END.test(cut) || (limit > TITLE_LIMIT && DENIAL.test(cut)))))) found.push(cut);
      }
      return found;
    }).filter((cut) => cut.length <= limit && balanced(cut) && VERB.test(cut.split(' ').slice(1).join(' ')) && !unfinished(cut));
    const longest = cuts.sort((a, b) => b.length - a.length)[0];
    if (longest) return longest;
  }
  return undefined;
}

/** The title a sentence gives: whole if short, else cut where a phrase ends; undefined when neither reads as words. */
function sentenceTitle(sentence: string): string | undefined {
  if (!sentence) return undefined;
  if (sentence.length <= TITLE_LIMIT) return capitalised(sentence);
  const cut = phraseCut(sentence);
  return cut ? capitalised(cut) : undefined;
}

/** A label and a slot ("Result: 'a result'") or a sentence that leans on the one before it ("Or, …") says nothing alone. */
function tellsApart(sentence: string): boolean {
  const words = sentence.replace(/'[^']*'/g, '').split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
  return words.length >= 3 && !/^(or|and|but|also)\b/i.test(sentence);
}

/**
 * The title for an opening other codes share: the opening with what tells this code apart after a colon, or, if that
 * is too long, the telling sentence alone; undefined when the next sentence does not tell the code apart.
 */
function distinctTitle(opening: string, rest: string): string | undefined {
  const distinct = firstSentence(rest).replace(/^reason:\s*/i, '');
  if (!tellsApart(distinct)) return undefined;
  // Two colons ("…state: the state: …") read as a list, not a title.
  const joined = opening.includes(':') ? '' : `${opening}: ${/^[A-Z][a-z]/.test(distinct) ? distinct[0].toLowerCase() + distinct.slice(1) : distinct}`;
  if (joined && joined.length <= LONG_TITLE_LIMIT) return capitalised(joined);
  return sentenceTitle(distinct);
}

/**
 * A plain title for a code without a guide, in words and never cut mid-phrase: Microsoft's first sentence with
 * placeholders read as words; if that is too long, its start up to where a phrase ends; else Microsoft's symbolic
 * name in words; else the whole sentence if it is not much longer, or that sentence without its bracketed asides, up to 150 characters; else the number. A title in `colliding` (see
 * collidingTitles) goes on to what tells the code apart: its whole first sentence where the title cut it, or the
 * sentence after one that other codes share.
 */
export function referenceTitle(row: Pick<CatalogRow, 'code' | 'name' | 'message' | 'logMessage'>, colliding: ReadonlySet<string> = new Set()): string {
  const [opening, rest] = openingInWords(row);
  const title = plainTitle(row, opening);
  if (!colliding.has(title)) return title;
  if (opening && capitalised(opening) !== title && opening.length <= LONG_TITLE_LIMIT) return capitalised(opening);
  return (rest ? distinctTitle(opening, rest) : undefined) ?? title;
}

function plainTitle(row: Pick<CatalogRow, 'code' | 'name'>, opening: string): string {
  const title = sentenceTitle(opening);
  if (title) return title;
  if (row.name) return humaniseName(row.name);
  // A whole sentence, or a cut, somewhat over the limit still says more than a number.
  if (opening && opening.length <= LONG_TITLE_LIMIT) return capitalised(opening);
  const longCut = opening ? phraseCut(opening, LONG_TITLE_LIMIT) : undefined;
  if (longCut) return capitalised(longCut);
  // Last before the bare number, where no cut keeps what limits the claim: the whole sentence, long as it is, without
  // its values in brackets ("(the resource URL)", "(shown in the error)"), which are asides it reads the same without.
  const withoutAsides = opening.replace(/ \([^()]*\)/g, '');
  return withoutAsides && withoutAsides.length <= WHOLE_SENTENCE_LIMIT ? capitalised(withoutAsides) : `Sign-in error ${row.code}`;
}

/** `colliding`: the catalogue's colliding titles (see collidingTitles), so that a generated title tells its code apart. */
export function listing<Guide extends GuideLike>(row: CatalogRow, guide: Guide | undefined, colliding: ReadonlySet<string> = new Set()): CodeListing<Guide> {
  const base = { code: row.code, id: String(row.code), name: row.name || guide?.data.name || '', message: currentMessage(row), row, guide };
  if (guide) {
    const { data } = guide;
    return { ...base, title: data.title, summary: data.summary, category: data.category, audiences: data.audiences, signal: data.signal.kind, confidence: undefined };
  }
  const c = row.classification;
  return {
    ...base,
    title: referenceTitle(row, colliding),
    summary: `No guide is written for AADSTS${row.code}${row.name ? ` (${row.name})` : ''} yet. This page gives Microsoft's message, where it is documented and what to collect for the helpdesk.`,
    category: c?.category,
    audiences: c?.audiences ?? [],
    signal: c?.signal,
    confidence: c?.confidence,
  };
}
