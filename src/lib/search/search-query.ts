/** Turns what a person typed into the words worth searching for, and merges per-word results when not every word matches. */

/** Words that say nothing about the problem: they only make an all-words search fail. */
const STOP_WORDS = new Set(
  `a about after again all also am an and any are as at be been before being but by can cannot could did do does doing don
  for from get gets getting got had has have having he her here him his how i if in into is it its just keep keeps kept me
  my myself no nor not now of off on once only or our out over own same she should so some still such than that the their
  them then there these they this those through to too trying try tried under until up very was we were what when where which
  while who whom why will with won would you your yours im ive id ill isnt arent wasnt werent dont doesnt didnt cant couldnt
  wont wouldnt shouldnt hasnt havent hadnt thats whats says said saying shows showing showed tells told message error
  errors code problem issue help please happens happened happening anymore even though every each time times always
  suddenly today yesterday morning since`.match(/\S+/g),
);

/**
 * The field's synonyms, mapped to the word our pages use. Only variants that pages rarely use are rewritten;
 * words that pages use themselves (verification, Authenticator, external) stay as typed.
 */
const SYNONYMS: Record<string, string> = {
  '2fa': 'mfa',
  '2sv': 'mfa',
  'two-factor': 'mfa',
  'two-step': 'mfa',
  '2-step': 'mfa',
  twofactor: 'mfa',
  twostep: 'mfa',
  'multi-factor': 'mfa',
  multifactor: 'mfa',
  lockout: 'locked',
  'locked-out': 'locked',
  lockedout: 'locked',
  login: 'sign in',
  logon: 'sign in',
  'log-in': 'sign in',
  'log-on': 'sign in',
  signin: 'sign in',
  'sign-in': 'sign in',
  logins: 'sign in',
  ca: 'conditional access',
  b2b: 'guest',
  organization: 'organisation',
  org: 'organisation',
  deactivated: 'disabled',
  pwd: 'password',
  passwd: 'password',
  pw: 'password',
  pass: 'password',
  sms: 'text',
  mobile: 'phone',
  cellphone: 'phone',
  msauth: 'authenticator',
  pta: 'pass-through',
  adfs: 'ad fs',
};

/** Two-word phrases that mean one thing. */
const PHRASES: [RegExp, string][] = [
  [/\blog(?:ged|ging)?\s+(?:in|on)\b/g, 'sign in'],
  // One word until the end, where it becomes its two words again: "out" is a stop word, and "sign" alone
  // matches nearly every page.
  [/\b(?:log|sign)(?:s|ged|ging|ed|ing)?\s+(?:(?:me|you|us|them)\s+)?(?:out|off)\b/g, 'sign-out'],
  // Not "password through": "pass" alone is read as a password.
  [/\bpass\s+through\b/g, 'pass-through'],
  [/\bmulti\s+factor\b/g, 'mfa'],
  [/\btwo\s+(?:step|factor)\b/g, 'mfa'],
  [/\bcond(?:itional)?\s+access\b/g, 'conditional access'],
];

/** Phrases searched as their words, stop words included. */
const PHRASE_WORDS: Record<string, string[]> = { 'sign-out': ['sign', 'out'] };

/** A person's text in lower case, with curly quotes straightened and two-word phrases read as one. */
function normalise(text: string): string {
  let result = text.toLowerCase().replace(/[’‘`´]/g, "'");
  for (const [pattern, replacement] of PHRASES) result = result.replace(pattern, replacement);
  return result;
}

/** Drops the ending of a contraction: "didn't" → "did", "I'm" → "i", "app's" → "app". */
function withoutContraction(word: string): string {
  return word.replace(/n't$/, '').replace(/'(?:s|m|re|ve|ll|d)$/, '').replace(/'/g, '');
}

/** The code prefix, alone or joined to a code in any way ("AADSTS50126", "aadsts-50126"): it matches every code page. */
function isCodePrefix(word: string): boolean {
  return word.startsWith('aadsts');
}

/** The words of a query, in order, as the pages would write them: no stop words, no contractions, synonyms mapped. */
export function searchTerms(text: string): string[] {
  const words = (normalise(text).match(/[\p{L}\p{N}_'-]+/gu) ?? []).map((word) => word.replace(/^[-']+|[-']+$/g, ''));
  const terms: string[] = [];
  for (const raw of words) {
    const word = SYNONYMS[raw] ?? withoutContraction(raw);
    // "can't" is listed as "cant" (its stem "ca" is no word); a stem that is a stop word ("he'll") is left out below.
    if (word.length === 0 || STOP_WORDS.has(raw.replace(/'/g, ''))) continue;
    // The code itself is looked up separately.
    if (isCodePrefix(word)) continue;
    // Numbers and hex are codes, IDs or times: the lookup handles codes, and the others match nothing
    // useful. Symbolic names with a digit (Saml2MessageInvalid, B2C) stay: an ID's hex runs are 4 or more long.
    if (/^[\d_-]+$/.test(word) || (/\d/.test(word) && /^[0-9a-f_-]{4,}$/.test(word))) continue;
    const parts = PHRASE_WORDS[word] ?? (SYNONYMS[word] ?? word).split(' ').filter((part) => !STOP_WORDS.has(part));
    for (const part of parts) if (!terms.includes(part)) terms.push(part);
  }
  return terms;
}

/** The words of the query before stop words are dropped, for when a query is nothing but stop words. */
export function allWords(text: string): string[] {
  const words = normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 1 && !isCodePrefix(word)))];
}

export interface TermHit {
  id: string;
  score: number;
}

export interface RankedHit {
  id: string;
  /** How many of the query's words the page matched. */
  matched: number;
  isCode: boolean;
}

/**
 * Ranks pages by how much of the query they match: each word counts by how rare it is (a page matching
 * "restrictions" says more than one matching "access"), code pages count more than the cause and fix
 * pages that link to them, and Pagefind's score breaks ties. `hitsByTerm` holds one list of hits per word;
 * `pageCount` is how many pages the index holds.
 */
export function rankByWordsMatched(hitsByTerm: readonly (readonly TermHit[])[], isCode: (id: string) => boolean, pageCount: number): RankedHit[] {
  const byId = new Map<string, RankedHit & { weight: number }>();
  for (const hits of hitsByTerm) {
    const rarity = Math.log((pageCount + 1) / hits.length) + 0.1;
    const best = Math.max(...hits.map((hit) => hit.score));
    for (const hit of hits) {
      const entry = byId.get(hit.id) ?? { id: hit.id, matched: 0, weight: 0, isCode: isCode(hit.id) };
      entry.matched += 1;
      entry.weight += rarity * (0.7 + (0.3 * hit.score) / best);
      byId.set(hit.id, entry);
    }
  }
  const value = (hit: RankedHit & { weight: number }) => hit.weight * (hit.isCode ? 1.5 : 1);
  return [...byId.values()].sort((a, b) => value(b) - value(a)).map(({ weight: _weight, ...hit }) => hit);
}

/** Orders all-words results: code pages weigh more, because a code page is what a searcher can act on. */
export function rankAllWords(hits: readonly TermHit[], isCode: (id: string) => boolean, codeBoost = 3): TermHit[] {
  const weighted = (hit: TermHit) => hit.score * (isCode(hit.id) ? codeBoost : 1);
  return [...hits].sort((a, b) => weighted(b) - weighted(a));
}

/** Edit distance between two short words (Levenshtein), stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i += 1) {
    const previous = rows[i - 1];
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      // A swap of two neighbouring letters ("passowrd" / "password") counts as one edit. In the first row or
      // column there is no letter before (a[-1] and b[-1] are undefined), so no swap matches there.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    rows.push(current);
  }
  return rows[a.length][b.length];
}

/** The word of `vocabulary` (most common first) closest to a mistyped `word`, or null when none is close. */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  if (word.length < 4 || /\d/.test(word)) return null;
  const limit = word.length <= 6 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
