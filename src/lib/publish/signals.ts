/** What this site calls a security signal: one rule for `/signals/`, the API, the CSV, the watchlist and the KQL filter. */
import type { Signal } from '../../schemas/vocabulary.ts';

/**
 * A code is a security signal when its signal is `security-relevant`, whoever classified it: a guide's
 * author, or the catalogue for a code without a guide. The catalogue's guesses count too, since every
 * export carries the same signal for them and a filter on it keeps them; each export marks them
 * (`confidence: guess`) and `/signals/` lists them apart.
 */
export const SECURITY_SIGNAL = 'security-relevant' satisfies Signal;

interface Classified {
  signal: Signal | null | undefined;
}

export function isSecuritySignal(entry: Classified): boolean {
  return entry.signal === SECURITY_SIGNAL;
}

interface Listed extends Classified {
  guide: unknown;
  confidence: string | null | undefined;
}

export interface SecuritySignals<Entry> {
  /** Codes with a written guide: each has a detection note and a query. */
  guides: Entry[];
  /** Codes the catalogue classifies without a guide, checked against Microsoft's message only. */
  catalogued: Entry[];
  /** Those of `catalogued` whose classification is a guess. */
  guesses: Entry[];
}

/** The security signals among `entries`, in their order, split the way `/signals/` shows them. */
export function securitySignals<Entry extends Listed>(entries: readonly Entry[]): SecuritySignals<Entry> {
  const all = entries.filter(isSecuritySignal);
  const catalogued = all.filter((entry) => !entry.guide);
  return {
    guides: all.filter((entry) => entry.guide),
    catalogued,
    guesses: catalogued.filter((entry) => entry.confidence === 'guess'),
  };
}
