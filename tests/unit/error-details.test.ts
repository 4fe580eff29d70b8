import { describe, expect, it } from 'vitest';
import { holdsIds, parseErrorDetails } from '../../src/lib/paste/error-details.ts';
import { MAX_PASTE_LENGTH } from '../../src/lib/paste/paste-text.ts';
import { ticketNote, viewLink } from '../../src/lib/paste/ticket-note.ts';

const screen = `Sorry, but we're having trouble signing you in.
AADSTS50126: Error validating credentials due to invalid username or password.
Troubleshooting details
Request Id: 0B6C9D2E-5012-4C3B-9E1F-500121AA0001
Correlation Id: 7f3e2a10-1234-4cde-8a9b-530032000002
Timestamp: 2026-11-20T09:14:02.000Z`;

describe('parseErrorDetails', () => {
  it('reads the IDs from an error screen', () => {
    expect(parseErrorDetails(screen)).toEqual({
      requestId: '0b6c9d2e-5012-4c3b-9e1f-500121aa0001',
      correlationId: '7f3e2a10-1234-4cde-8a9b-530032000002',
      timestamp: '2026-11-20T09:14:02.000Z',
    });
  });

  it('reads a JSON error response, where the request ID is called trace_id', () => {
    const json = '{"error":"invalid_grant","error_codes":[50126],"timestamp":"2026-11-20 09:14:02Z","trace_id":"3a1d0000-0000-4000-8000-000000000001","correlation_id":"9e2b0000-0000-4000-8000-000000000002"}';
    expect(parseErrorDetails(json)).toEqual({
      requestId: '3a1d0000-0000-4000-8000-000000000001',
      correlationId: '9e2b0000-0000-4000-8000-000000000002',
      timestamp: '2026-11-20 09:14:02Z',
    });
  });

  it('reads full-width IDs and a request ID split by a zero-width space', () => {
    const pasted = 'Ｒｅｑｕｅｓｔ Ｉｄ：０ｂ６ｃ９ｄ２ｅ-5012-4c3b-9e1f-500121aa0001\nCorrelation\u200b Id: 7f3e2a10-1234-4cde-8a9b-530032000002';
    expect(parseErrorDetails(pasted)).toEqual({
      requestId: '0b6c9d2e-5012-4c3b-9e1f-500121aa0001',
      correlationId: '7f3e2a10-1234-4cde-8a9b-530032000002',
    });
  });

  it.each([
    ['"Request Id" and 100,000 spaces', `Request Id${' '.repeat(100_000)}x`],
    ['"Timestamp:" and 100,000 characters of dates', `Timestamp: ${'2026-'.repeat(20_000)}x`],
    ['a megabyte of repeated labels', 'request id: correlation id= timestamp: '.repeat(27_000)],
  ])('reads %s at once', (_, text) => {
    const started = performance.now();
    expect(parseErrorDetails(text)).toEqual({});
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('reads no further than the paste parsers, whether folding look-alikes shortens the text or lengthens it', () => {
    const request = 'Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001';
    expect(parseErrorDetails(`${'\u200b'.repeat(MAX_PASTE_LENGTH)}${request}`)).toEqual({});
    expect(parseErrorDetails(`${'㍿'.repeat(MAX_PASTE_LENGTH / 2)}${request}`)).toEqual({});
    expect(parseErrorDetails(`${'\u200b'.repeat(MAX_PASTE_LENGTH - 60)}${request}`)).toEqual({ requestId: '0b6c9d2e-5012-4c3b-9e1f-500121aa0001' });
  });

  it('finds nothing in text without IDs', () => {
    expect(parseErrorDetails('my phone keeps asking me to approve')).toEqual({});
  });
});

describe('ticketNote', () => {
  const base = {
    code: '50126',
    title: 'The username or password is wrong',
    url: 'https://atlas.test/codes/50126/',
    audience: '' as const,
    likelyCause: { title: 'The password was mistyped', anchor: 'cause-wrong-password' },
    nextSteps: [
      { audience: 'user' as const, title: 'Type the password again', anchor: 'fix-retype-password' },
      { audience: 'helpdesk' as const, title: 'Reset the password', anchor: 'fix-helpdesk-reset-password' },
    ],
  };

  it('fills in the IDs that were pasted and links the likely cause and each step', () => {
    expect(ticketNote({ ...base, details: parseErrorDetails(screen) })).toMatchInlineSnapshot(`
      "AADSTS50126: The username or password is wrong

      Request ID: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001
      Correlation ID: 7f3e2a10-1234-4cde-8a9b-530032000002
      Timestamp: 2026-11-20T09:14:02.000Z

      Most likely cause: The password was mistyped
         https://atlas.test/codes/50126/#cause-wrong-password
      Next steps:
      1. Type the password again (user)
         https://atlas.test/codes/50126/#fix-retype-password
      2. Reset the password (helpdesk)
         https://atlas.test/codes/50126/#fix-helpdesk-reset-password

      Details: https://atlas.test/codes/50126/"
    `);
  });

  it('quotes Microsoft’s message under the title where one is recorded, so that the ticket can be searched by it', () => {
    const message = 'Error validating credentials due to invalid username or password.';
    expect(ticketNote({ ...base, message, details: {} }).split('\n').slice(0, 3)).toEqual([
      'AADSTS50126: The username or password is wrong',
      `Microsoft's message: ${message}`,
      '',
    ]);
    expect(ticketNote({ ...base, message: '', details: {} })).not.toContain("Microsoft's message");
  });

  it('says that the bracketed words of a message stand for values the error fills in', () => {
    const message = "XML attribute '[attribute name]' in the SAML message must be a dateTime.";
    expect(ticketNote({ ...base, message, details: {} }).split('\n')[1]).toBe(`Microsoft's message (values in [brackets] vary): ${message}`);
  });

  it('gives the steps of the view chosen, with links that keep that view', () => {
    const note = ticketNote({ ...base, audience: 'helpdesk', nextSteps: base.nextSteps.slice(1), details: {} });
    expect(note).toMatchInlineSnapshot(`
      "AADSTS50126: The username or password is wrong

      Request ID: (not given: copy it from the error screen)
      Correlation ID: (not given: copy it from the error screen)
      Timestamp: (not given: copy it from the error screen)

      Most likely cause: The password was mistyped
         https://atlas.test/codes/50126/?for=helpdesk#cause-wrong-password
      Next steps for the helpdesk:
      1. Reset the password
         https://atlas.test/codes/50126/?for=helpdesk#fix-helpdesk-reset-password

      Details: https://atlas.test/codes/50126/?for=helpdesk"
    `);
  });

  it('calls a first cause named as a reading the one to check first, not the most likely', () => {
    const note = ticketNote({ ...base, likelyCause: { title: 'Possibly: the device is off the network', anchor: 'cause-off-network' }, details: {} });
    expect(note).toContain('Cause to check first: Possibly: the device is off the network');
    expect(note).not.toContain('Most likely cause');
  });

  it('calls the first cause of a page whose causes Microsoft does not rank the one to check first', () => {
    const note = ticketNote({ ...base, likelyCause: { title: 'The app signs with a certificate that is not registered for it', anchor: 'cause-cert', ranked: false }, details: {} });
    expect(note).toContain('Cause to check first: The app signs with a certificate that is not registered for it');
    expect(note).not.toContain('Most likely cause');
  });

  it('leaves out the cause and steps a page has none of', () => {
    expect(ticketNote({ ...base, likelyCause: undefined, nextSteps: [], details: {} })).not.toMatch(/Most likely cause|Next steps/);
  });

  it('says where to find IDs that were not pasted', () => {
    expect(ticketNote({ ...base, details: {} })).toContain('Request ID: (not given: copy it from the error screen)');
  });
});

describe('viewLink', () => {
  it('keeps the view and the anchor, and drops anything else in the address', () => {
    expect(viewLink('https://atlas.test/codes/53003/?for=user&q=x#start', 'admin', 'fix-check-policy')).toBe('https://atlas.test/codes/53003/?for=admin#fix-check-policy');
    expect(viewLink('https://atlas.test/codes/53003/?q=x', '', 'cause-blocked')).toBe('https://atlas.test/codes/53003/#cause-blocked');
  });
});

describe('parseErrorDetails edges', () => {
  it('leaves out what it did not find, rather than setting it empty', () => {
    expect(parseErrorDetails('Correlation Id: 7f3e2a10-1234-4cde-8a9b-530032000002')).toStrictEqual({ correlationId: '7f3e2a10-1234-4cde-8a9b-530032000002' });
    expect(parseErrorDetails('Request Id: 0b6c9d2e-5012-4c3b-9e1f-500121aa0001')).toStrictEqual({ requestId: '0b6c9d2e-5012-4c3b-9e1f-500121aa0001' });
    expect(parseErrorDetails('Timestamp: 2026-11-20 09:14:02')).toStrictEqual({ timestamp: '2026-11-20 09:14:02' });
  });

  it('reads a timestamp with spaces before the colon and without a zone', () => {
    expect(parseErrorDetails('Timestamp : 2026-11-20 09:14:02.5').timestamp).toBe('2026-11-20 09:14:02.5');
  });
});

describe('holdsIds', () => {
  it('sees a Request or Correlation ID in any case, alone or in a screen', () => {
    expect(holdsIds('Correlation Id: 9E2B0000-0000-4000-8000-000000000002')).toBe(true);
    expect(holdsIds('trace_id 3a1d0000-0000-4000-8000-000000000001 and more')).toBe(true);
  });

  it('looks no further than the paste parsers do', () => {
    const id = '3a1d0000-0000-4000-8000-000000000001';
    expect(holdsIds(`${'x'.repeat(MAX_PASTE_LENGTH - id.length)}${id}`)).toBe(true);
    expect(holdsIds(`${'x'.repeat(MAX_PASTE_LENGTH)}${id}`)).toBe(false);
  });

  it('does not take codes, dates or a GUID with a digit missing for an ID', () => {
    expect(holdsIds('AADSTS50126 at 2026-11-20T09:14:02Z')).toBe(false);
    expect(holdsIds('3a1d0000-0000-4000-8000-00000000001')).toBe(false);
  });
});
