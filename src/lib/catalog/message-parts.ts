/** Microsoft's messages hold placeholders (`'{appId}'`, `{resource}`) that a real error fills in; these read them as words. */
import type { CatalogRow } from './catalog-file.ts';
import { inErrorLookup } from './documented.ts';

/**
 * A run of Microsoft's text, quoted verbatim, or a placeholder read as words ("the resource", "an app ID"). A slot's
 * `aside` marks an optional phrase glued to the word before it, which reads in brackets after that word.
 */
export type MessagePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string; words: string; aside?: true };

// Placeholders are names in braces: `{resource}`, `{tenant_id}`, and positional ones such as `{0}`.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*|\d+)\}/g;

// Short forms read letter by letter, written the way Microsoft's documentation writes them.
const INITIALISMS: Record<string, string> = {
  id: 'ID',
  ids: 'IDs',
  url: 'URL',
  uri: 'URI',
  api: 'API',
  xml: 'XML',
  saml: 'SAML',
  jwt: 'JWT',
  spn: 'SPN',
  msi: 'MSI',
  sp: 'SP',
  idp: 'IdP',
  oid: 'OID',
  guid: 'GUID',
};

// Microsoft's short forms inside placeholder names, spelled out so that a slot reads as words ("algoName" → "algorithm name").
const SHORT_WORDS: Record<string, string> = {
  akams: 'aka.ms',
  algo: 'algorithm',
  auth: 'authentication',
  brk: 'broker',
  cur: 'current',
  dest: 'destination',
  dests: 'destinations',
  ex: 'exception',
  exp: 'expiry',
  max: 'maximum',
  min: 'minimum',
  obj: 'object',
  reg: 'registration',
  req: 'request',
  res: 'resource',
  val: 'value',
};

// Whole names whose parts do not say what the real error puts there: a bare adjective ("actual"), a name run
// together ("appid", "thumbPrint"), a short form of its own ("kid", "plid") or a constant that is a word ("Application").
const NAMED: Record<string, string> = {
  actual: 'actual value',
  expected: 'expected value',
  provided: 'value',
  actualMajor: 'actual major version',
  actualMinor: 'actual minor version',
  major: 'major version',
  minor: 'minor version',
  appConstant: 'application',
  resConstant: 'resource',
  resourceConstant: 'resource',
  appid: 'app ID',
  // Optional phrases Microsoft appends (" named …"): what they hold, not "phrase".
  appPhrase: 'app name or ID',
  namePhrase: 'app name',
  idPhrase: 'ID',
  detailsPhrase: 'details',
  // Microsoft fills in "redirect URI" or "reply URL", whichever the protocol calls it.
  redirectTerm: 'reply URL',
  detail: 'further details',
  kid: 'key ID',
  thumbPrint: 'thumbprint',
  msiSpid: 'MSI service principal ID',
  plid: 'private link ID',
  plrid: 'private link resource ID',
  tenant1: 'first tenant',
  tenant2: 'second tenant',
};

// Names that stand for a count or a size. They read as "N", which fits wherever Microsoft's text puts a number
// ("Only version N of PKeyAuth", "the N most recent certificates"), where "the number" would not.
const NUMBERS = new Set(['num', 'length', 'maxItems', 'minSize', 'certsLimit', 'policyObjectIdsMaxCount']);

/** `tenantId` → "tenant ID", `valid_verbs` → "valid verbs", `algoName` → "algorithm name", `num` → "N", `0` → "value". */
export function placeholderWords(name: string): string {
  if (/^\d+$/.test(name)) return 'value';
  if (NUMBERS.has(name)) return 'N';
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  return name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .split(' ')
    .filter(Boolean)
    .map((word) => INITIALISMS[word.toLowerCase()] ?? SHORT_WORDS[word.toLowerCase()] ?? word.toLowerCase())
    .join(' ');
}

// Initialisms said with a vowel sound first ("an SP", "an XML", but "a URL").
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/** "a", "an", or "some" for a plural, so that a placeholder reads as one value of its kind. */
function indefiniteArticle(words: string): string {
  const first = words.split(' ')[0];
  const last = words.split(' ').at(-1) ?? first;
  // "roles", "claims", "IDs": a list, not one value. "address", "status" end in s and are one.
  if (/[^su]s$/.test(last) || last === 'IDs') return 'some';
  if (Object.values(INITIALISMS).includes(first)) return VOWEL_SOUND_LETTERS.test(first) ? 'an' : 'a';
  if (/^[aeio]/.test(first) || /^un/.test(first)) return 'an';
  return 'a';
}

/**
 * A placeholder as a reader takes it. A quoted one (`'{name}'`) stands for one value the real error shows,
 * so it reads "a name"; a bare one (`{resource}`) names the thing of this sign-in, so it reads "the resource",
 * or just "tenant" where Microsoft's text already gives it an article ("the {tenant} directory"). A number
 * reads "N" with no article.
 */
export function slotWords(name: string, quoted: boolean, afterArticle = false): string {
  const words = placeholderWords(name);
  if ((afterArticle && !quoted) || NUMBERS.has(name)) return words;
  return `${quoted ? indefiniteArticle(words) : 'the'} ${words}`;
}

// "the {tenant} directory", "a {type}": the text before the placeholder already has its article.
const ENDS_IN_ARTICLE = /\b(the|a|an|this|that|your|its)\s$/i;

// "Encryption key {version}", "parameter {name}", "the application {appName}": Microsoft's text puts the value right
// after the noun it belongs to, so "the" would read as a second noun phrase ("Encryption key the version"); the slot
// then reads as its words alone. Only nouns Microsoft's messages use this way: after a verb ("create {algoName}") the
// article is right.
const ENDS_IN_NAMING_NOUN = /\b(application|app|assertion|account|audience|thumbprint|version|scenario|provider|prompt|domain|key|source|request|code|uri|role|identifier|token|method|endpoint|hostname|parameter|cloud|protocol|algorithm|line|position|type|list|id)\s$/i;

// "in tenant {tenant}", "Scope {scope}": Microsoft's text names the thing just before its placeholder, so "the tenant"
// would stutter ("in tenant the tenant"); the slot then says only where its value is. In brackets, so that it reads as
// an aside where Microsoft's noun has no article ("is disabled in tenant (shown in the error)"), also to a screen
// reader or in copied text, where the slot's box is not seen.
export const SHOWN_IN_ERROR = '(shown in the error)';

/**
 * Whether a bare placeholder comes right after a noun its own words begin or end with ("tenant {tenant}", "ID {tenantId}",
 * "tenant {tenantId}"), or just after a phrase that already says all its words ("Current time: {curTime}", "expiry time of
 * actor token {expTime}").
 */
function followsOwnNoun(before: string, name: string): boolean {
  const previous = /([A-Za-z]+)\s$/.exec(before)?.[1].toLowerCase();
  const words = placeholderWords(name).toLowerCase().split(' ');
  if (words.length > 1 && /[A-Za-z:]\s$/.test(before) && new RegExp(`\\b${words.join(' ')}\\b`).test(before.slice(-40).toLowerCase())) return true;
  if (previous !== undefined && [words[0], words.at(-1)].some((noun) => previous === noun || previous === `${noun}s`)) return true;
  // "Token expires on {expires}": the word the placeholder is named after stands just before a preposition.
  const [beforeLast] = /([A-Za-z]+)\s+(?:on|at|of|in)\s$/.exec(before)?.slice(1) ?? [];
  return words.length === 1 && beforeLast?.toLowerCase() === words[0];
}

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);

/**
 * Text with its first letter raised: a message, or a title cut from one, may open with a placeholder's words or a clause.
 * A first word written as code (`redirect_uri`, `clientId`) keeps its case: raised, it would name another parameter.
 */
export const capitalised = (text: string) => (/^[a-z][a-z0-9]*(?:[_.][a-z0-9_.]*|[A-Z]\w*)\b/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1));

/** A message split into Microsoft's text and its placeholders, in order; joining the text and `{name}`s gives the message back. */
export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: message.slice(last, start) });
    const quoted = QUOTES.has(message[start - 1] ?? '') && QUOTES.has(message[start + match[0].length] ?? '');
    const before = message.slice(0, start);
    // "the '{method}' signature method": Microsoft's article stands before the quote, so the slot needs none of its own.
    const quotedAfterArticle = quoted && ENDS_IN_ARTICLE.test(before.slice(0, -1));
    const words = quotedAfterArticle
      ? placeholderWords(match[1])
      : !quoted && !NUMBERS.has(match[1]) && followsOwnNoun(before, match[1])
        ? SHOWN_IN_ERROR
        : slotWords(match[1], quoted, ENDS_IN_ARTICLE.test(before) || ENDS_IN_NAMING_NOUN.test(before));
    // An optional phrase Microsoft glues to the word before it ("'{identifier}'{namePhrase}", "'{appId}'{name}") reads as an aside.
    const glued = (match[1].endsWith('Phrase') || QUOTES.has(message[start - 1] ?? '')) && !quoted && start > 0 && !/\s/.test(message[start - 1]);
    // A slot that opens a sentence ("… to learn more. {detail}") opens it with a capital, and a bare one needs no article.
    const opensSentence = /[.!?]\s$/.test(before);
    parts.push(glued ? { kind: 'slot', name: match[1], words: ` (${words})`, aside: true } : { kind: 'slot', name: match[1], words: opensSentence ? capitalised(quoted ? words : placeholderWords(match[1])) : words });
    last = start + match[0].length;
  }
  if (last < message.length) parts.push({ kind: 'text', text: message.slice(last) });
  // A message that opens with a placeholder ("{appConstant} '{appId}' is not supported…") still opens a sentence.
  const first = parts[0];
  if (first?.kind === 'slot') parts[0] = { ...first, words: capitalised(first.words) };
  return parts;
}

/** The message with every placeholder written `{}`, so that two messages that differ only in their placeholders' names compare equal. */
export function withUnnamedPlaceholders(message: string): string {
  return message.replace(PLACEHOLDER, '{}');
}

/** The message as plain text, each placeholder read as words and its quotes kept: for titles, descriptions and search. */
export function messageInWords(message: string): string {
  return messageParts(message)
    .map((part) => (part.kind === 'text' ? part.text : part.words))
    .join('');
}

/**
 * The message as plain text where no style can mark a slot (the ticket note): each placeholder as the kind of value it
 * stands for in brackets ("XML attribute '[attribute name]'"), so that no one takes it for the words of a real error.
 */
export function messageWithMarkedSlots(message: string): string {
  return messageParts(message)
    // An aside glued to the word before it ("'{identifier}'{namePhrase}") gets a space of its own.
    .map((part) => (part.kind === 'text' ? part.text : `${part.aside ? ' ' : ''}[${placeholderWords(part.name)}]`))
    .join('');
}

/** One of Microsoft's wordings of a message, split into parts, with what a reader is told about where it comes from. */
export interface Wording {
  label: string;
  text: string;
  parts: MessagePart[];
}

/**
 * The wordings a page quotes, newest first: the sign-in log's where the catalogue has it (it is what the logs and
 * error screens show today), then the lookup page's where it differs. Empty when Microsoft publishes no message.
 * A `message` that no lookup page holds came from the reference table (9002332), so the second wording is credited
 * to the page it came from rather than to a lookup that never showed it.
 */
export function messageWordings(row: Pick<CatalogRow, 'message' | 'logMessage'> & Partial<Pick<CatalogRow, 'documentedIn'>>): Wording[] {
  const wordings: Wording[] = [];
  if (row.logMessage) wordings.push({ label: 'In sign-in logs', text: row.logMessage, parts: messageParts(row.logMessage) });
  const fromLookup = !row.documentedIn || inErrorLookup({ documentedIn: row.documentedIn });
  const otherLabel = fromLookup ? 'Microsoft’s error lookup words it' : 'Microsoft’s error code reference words it';
  if (row.message && row.message !== row.logMessage) wordings.push({ label: row.logMessage ? otherLabel : 'Microsoft’s message', text: row.message, parts: messageParts(row.message) });
  return wordings;
}
