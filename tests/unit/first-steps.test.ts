import { describe, expect, it } from 'vitest';
import { firstSteps, type CodeFacts } from '../../src/lib/catalog/first-steps.ts';

const userStep = (facts: CodeFacts) => firstSteps(facts).find((step) => step.audience === 'user')?.kind;
const who = (facts: CodeFacts) => firstSteps(facts).map((step) => step.audience);

describe('the first steps of a reference page', () => {
  it('never tells the user to retry a code only an admin or developer can fix', () => {
    expect(userStep({ audiences: ['developer'], category: 'application', signal: 'misconfiguration', confidence: 'sure' })).toBe('not-yours');
    expect(userStep({ audiences: ['admin', 'developer'], category: 'federation', signal: 'misconfiguration', confidence: 'guess' })).toBe('report');
    expect(userStep({ audiences: ['admin'], category: 'federation', signal: 'transient', confidence: 'guess' })).toBe('report');
  });

  it('asks the user to do what the sign-in asks for where that is known for sure (1000203: sign out and back in), not to retry', () => {
    const code1000203: CodeFacts = { audiences: ['user'], category: 'tenant', signal: 'interrupt', confidence: 'sure' };
    expect(userStep(code1000203)).toBe('follow-prompt');
    // A Conditional Access code read for sure sends the admin to the policy that applied.
    const policyCode: CodeFacts = { audiences: ['user', 'helpdesk'], category: 'conditional-access', signal: 'interrupt', confidence: 'sure' };
    expect(firstSteps(policyCode).find((step) => step.audience === 'admin')?.kind).toBe('conditional-access');
  });

  it('suggests a retry only for a code known for sure to be passing', () => {
    expect(userStep({ audiences: ['user', 'admin'], category: 'service', signal: 'transient', confidence: 'sure' })).toBe('retry');
    expect(userStep({ audiences: ['user', 'admin'], category: 'service', signal: 'transient', confidence: 'guess' })).toBe('report');
    expect(userStep({ audiences: ['user', 'admin'], category: 'service', signal: 'benign', confidence: 'guess' })).toBe('report');
    expect(userStep({ audiences: [], category: undefined, signal: undefined, confidence: undefined })).toBe('report');
  });

  it('claims what the user got wrong or must do only when the catalogue is sure', () => {
    expect(userStep({ audiences: ['user'], category: 'password', signal: 'user-error', confidence: 'sure' })).toBe('correct-input');
    expect(userStep({ audiences: ['user'], category: 'password', signal: 'user-error', confidence: 'guess' })).toBe('report');
    expect(userStep({ audiences: ['user'], category: 'tenant', signal: 'interrupt', confidence: 'guess' })).toBe('report');
  });

  it('names the Conditional Access policy only for a Conditional Access code known for sure', () => {
    const admin = (facts: CodeFacts) => firstSteps(facts).find((step) => step.audience === 'admin')?.kind;
    expect(admin({ audiences: ['admin'], category: 'conditional-access', signal: 'misconfiguration', confidence: 'guess' })).toBe('sign-in-log');
    expect(admin({ audiences: ['user', 'admin'], category: 'service', signal: 'transient', confidence: 'sure' })).toBe('sign-in-log');
  });

  it('offers a developer step where a developer can act, and no admin step where only a developer can', () => {
    expect(who({ audiences: ['developer'], category: 'application', signal: 'misconfiguration', confidence: 'sure' })).toEqual(['user', 'helpdesk', 'developer']);
    expect(who({ audiences: ['user', 'admin'], category: 'service', signal: 'transient', confidence: 'sure' })).toEqual(['user', 'helpdesk', 'admin']);
    expect(who({ audiences: ['admin', 'developer'], category: 'application', signal: 'misconfiguration', confidence: 'sure' })).toEqual(['user', 'helpdesk', 'admin', 'developer']);
  });

  it('offers no admin step where the catalogue is sure only others can act, as on 1000202', () => {
    const code1000202: CodeFacts = { audiences: ['developer', 'user'], category: 'tenant', signal: 'misconfiguration', confidence: 'sure' };
    expect(who(code1000202)).toEqual(['user', 'helpdesk', 'developer']);
    expect(who({ audiences: ['user', 'helpdesk'], category: 'device', signal: 'user-error', confidence: 'sure' })).toEqual(['user', 'helpdesk']);
    // A reading that is only a guess may have missed the admin, so the admin keeps a step.
    expect(who({ audiences: ['user', 'developer'], category: 'application', signal: 'misconfiguration', confidence: 'guess' })).toEqual(['user', 'helpdesk', 'admin', 'developer']);
  });
});
