/**
 * Words people add about where they were (the app, the platform, what they had just changed), mapped to the words
 * our pages use for the same thing. "Teams", "every day" or "after 24 hours" match nothing useful by themselves;
 * the concepts they stand for (the sign-in frequency, a refresh token's lifetime) do. Tested in
 * tests/unit/context-words.test.ts, which also checks that every concept is a word the search index holds.
 */

export interface ContextEntry {
  /** What a person writes, as a pattern over the lower-cased query. */
  when: RegExp;
  /** The words our pages use for it, searched beside the person's own words with a lower weight. */
  means: string[];
}

export const CONTEXT_WORDS: readonly ContextEntry[] = [
  // Apps
  { when: /\b(?:outlook|exchange online)\b/, means: ['exchange'] },
  { when: /\bteams\b/, means: ['office'] },
  { when: /\b(?:azure cli|az login|az cli)\b/, means: ['refresh', 'token', 'interactive'] },
  { when: /\b(?:graph powershell|connect-mggraph|microsoft graph powershell|mggraph)\b/, means: ['consent', 'admin'] },
  { when: /\bstorage explorer\b/, means: ['consent', 'tenant'] },
  { when: /\bkeycloak\b/, means: ['identity', 'provider', 'redirect', 'secret'] },
  { when: /\b(?:spa|single[- ]page(?: app(?:lication)?)?|msal\.?js|msal-browser|msal spa|react|angular)\b/, means: ['spa', 'single', 'page', 'cross', 'origin'] },
  // Platforms
  { when: /\b(?:managed identity|vm|virtual machine|imds|azure function|app service)\b/, means: ['managed', 'identity'] },
  { when: /\b(?:headless|test account|automated tests?|selenium|playwright|ropc|service account)\b/, means: ['ropc', 'interactive', 'mfa'] },
  { when: /\b(?:device code|devicelogin|device login|use-device-code)\b/, means: ['device', 'code', 'flow'] },
  // Situations
  { when: /\b(?:updat|rotat|renew|chang|creat)\w* (?:the |a |our |my )?(?:new )?(?:client )?secret\b/, means: ['secret', 'invalid'] },
  { when: /\b(?:every (?:day|morning|hour|few hours)|daily|after (?:24|12|8|one|a) (?:hours?|days?)|reauthenticate|re-authenticate)\b/, means: ['frequency', 'refresh', 'lifetime'] },
  { when: /\b(?:tenant (?:id )?and (?:the )?client id|client id and (?:the )?tenant)\b/, means: ['application', 'found', 'directory'] },
  { when: /\bsingle[- ]tenant\b/, means: ['single', 'tenant', 'common', 'endpoint'] },
  { when: /\b(?:admin approval|approval from (?:an |my |the )?admin|admin permission)\b/, means: ['consent'] },
  { when: /\b(?:blocked|not allowed|prevented) (?:from )?(?:logging|signing|log|sign) ?(?:in|on)(?:to)?\b/, means: ['assigned', 'granted', 'app'] },
  { when: /\b(?:abroad|travel(?:l?ing)?|another country|overseas|vacation|holiday)\b/, means: ['location', 'conditional', 'access'] },
  { when: /\b(?:again and again|over and over|keeps? (?:asking|prompting))\b/, means: ['frequency', 'session'] },
];

/** The concepts behind the context words in `text`, each once, in the table's order. */
export function contextTerms(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘`´]/g, "'");
  const terms: string[] = [];
  for (const entry of CONTEXT_WORDS) {
    if (!entry.when.test(lower)) continue;
    for (const term of entry.means) if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}
