/**
 * The first steps a reference page (a code without a guide) offers, chosen only from what the catalogue says
 * about the code and how sure it is: no step claims more than the classification does.
 */
import type { Audience, Category, Signal } from '../../schemas/vocabulary.ts';

export interface CodeFacts {
  audiences: readonly Audience[];
  category: Category | undefined;
  signal: Signal | undefined;
  confidence: 'sure' | 'guess' | undefined;
}

/**
 * What the person signing in is told: `retry` only where the code is known for sure to be passing; `follow-prompt` where the
 * sign-in is known to ask for something the user can do (1000203: sign out and back in); `correct-input`
 * where the user is known to have got something wrong; `not-yours` where only an admin or developer is known to
 * be able to act; otherwise `report`, which sends the details to the helpdesk and promises nothing.
 */
export type UserStep = 'retry' | 'follow-prompt' | 'correct-input' | 'not-yours' | 'report';
/**
 * The admin's step: the sign-in log, or for a Conditional Access code known for sure, the policy that applied.
 * Offered where an admin is among those who can act, the code comes from a Conditional Access policy, or the
 * catalogue is not sure who can act (1000202, read for sure as the developer's and the user's, gets none).
 */
export type AdminStep = 'sign-in-log' | 'conditional-access';

export type FirstStep = { audience: 'user'; kind: UserStep } | { audience: 'helpdesk'; kind: 'find-sign-in' } | { audience: 'admin'; kind: AdminStep } | { audience: 'developer'; kind: 'check-request' };

export function firstSteps(facts: CodeFacts): FirstStep[] {
  const sure = facts.confidence === 'sure';
  const userActs = facts.audiences.length === 0 || facts.audiences.includes('user');
  const user: UserStep =
    !userActs ? (sure ? 'not-yours' : 'report')
    : sure && facts.signal === 'transient' ? 'retry'
    : sure && facts.signal === 'interrupt' ? 'follow-prompt'
    : sure && facts.signal === 'user-error' ? 'correct-input'
    : 'report';
  const developerOnly = facts.audiences.length > 0 && facts.audiences.every((audience) => audience === 'developer');
  // A Conditional Access code comes from a policy, which an admin sets, whoever else the catalogue names.
  const adminActs = facts.audiences.length === 0 || facts.audiences.includes('admin') || facts.category === 'conditional-access' || (!sure && !developerOnly);
  return [
    { audience: 'user', kind: user },
    { audience: 'helpdesk', kind: 'find-sign-in' },
    ...(adminActs ? [{ audience: 'admin' as const, kind: sure && facts.category === 'conditional-access' ? ('conditional-access' as const) : ('sign-in-log' as const) }] : []),
    ...(facts.audiences.includes('developer') ? [{ audience: 'developer' as const, kind: 'check-request' as const }] : []),
  ];
}
