import { describe, expect, it } from 'vitest';
import { humaniseName, listing, referenceTitle, collidingTitles, titleFault } from '../../src/lib/catalog/listing.ts';
import type { CatalogRow } from '../../src/lib/catalog/catalog-file.ts';

const row = (fields: Partial<CatalogRow>): CatalogRow => ({ code: 90033, name: '', documentedIn: ['lookup-2022'], added: '2026-12-03', message: '', logMessage: '', line: 2, ...fields });

describe('referenceTitle', () => {
  it('takes the first sentence of the newest wording', () => {
    expect(referenceTitle(row({ message: 'Old words. More.', logMessage: 'A transient error has occurred. Please try again.' }))).toBe('A transient error has occurred');
  });

  it('reads placeholders as words, and never cuts a sentence mid-phrase or with an ellipsis', () => {
    const title = referenceTitle(row({ message: `Resource '{resourceId}' had no entitlements matching required permissions configured on the required resource access for client '{clientId}'.` }));
    expect(title).toBe("Resource 'a resource ID' had no entitlements matching required permissions configured");
  });

  it('takes the main clause of a sentence that opens with a subordinate one (50076)', () => {
    expect(referenceTitle(row({ message: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'." }))).toBe(
      "You must use multi-factor authentication to access 'a resource'",
    );
  });

  it('cuts before a clause, never inside quotes or brackets, and never leaves a phrase hanging', () => {
    expect(referenceTitle(row({ message: 'Provided value for the input parameter scope cannot be empty when requesting an access token using the provided authorization code.' }))).toBe(
      'Provided value for the input parameter scope cannot be empty',
    );
    // The only breaks inside the quotes or after "not" would cut mid-phrase; the name says it in fewer words.
    expect(referenceTitle(row({ name: 'QuotedLongValue', message: `The value '${'word '.repeat(20)}for this' is not in the list of values allowed for it here.` }))).toBe('Quoted long value');
  });

  it('never cuts a denial from the "as …" that limits it (500017)', () => {
    const message = "Application '{appIdentifier}' is not allowed as a resource application to execute the flow.";
    expect(referenceTitle(row({ message }))).not.toBe("Application 'an app identifier' is not allowed");
    expect(referenceTitle(row({ message }))).toBe("Application 'an app identifier' is not allowed as a resource application to execute the flow");
    // After anything but a denial, " as " still ends a phrase.
    expect(referenceTitle(row({ message: `The token binding claim was not generated on the same device as the attestation key ${'of this sign-in '.repeat(3)}.` }))).toBe(
      'The token binding claim was not generated on the same device',
    );
  });

  it('never ends a cut on the noun that names a value shown in the error (1000114, 7500525)', () => {
    // Cut before the slot, these would end "…items of type" and "…at line (shown in the error), position".
    expect(referenceTitle(row({ name: 'EndpointDoesNotAcceptMultipleDataCriteria', message: 'Endpoint does not accept requests with multiple DataCriteria items of type {dataCriteriaType}.' }))).toBe(
      'Endpoint does not accept requests',
    );
    expect(referenceTitle(row({ message: 'There was an XML error in the SAML message at line {lineNumber}, position {linePosition}. Check the message.' }))).toBe('There was an XML error');
  });

  it('never cuts "not supported" or "not allowed" from the words that say where it holds (1002026)', () => {
    const message = 'Common endpoint for app tokens is on the deprecation path and not supported on regional AAD. Use a tenant.';
    expect(referenceTitle(row({ message }))).toBe('Common endpoint for app tokens is on the deprecation path and not supported on regional AAD');
    // A denial of existence may still end a title: "does not exist in …" says the same without the place.
    expect(referenceTitle(row({ message: `User account '{user}' from identity provider '{idp}' does not exist in tenant '{tenant}' and cannot access the application.` }))).toBe(
      "User account 'a user' from identity provider 'an IdP' does not exist",
    );
  });

  it('never ends a cut on "only" without what it limits, on a participle after a noun, or on a "please" cut from its object', () => {
    const tail = 'in every request the client application makes to the service, whatever the flow it uses';
    // "Tokens issued" (9002327): the participle opens a phrase the cut would drop, and the title says nothing.
    expect(referenceTitle(row({ message: `Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests ${tail}.` }))).toBe('Sign-in error 90033');
    // "…is only supported" (501461) would read as a limit with the limit cut off.
    expect(referenceTitle(row({ message: `AcceptMappedClaims is only supported for a token audience matching the application GUID ${tail}.` }))).toBe(
      'AcceptMappedClaims is only supported for a token audience matching the application GUID',
    );
    expect(referenceTitle(row({ message: `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type ${tail}.` }))).toBe('Sign-in error 90033');
    // "…, please ensure" (501791) keeps the statement before the request.
    expect(referenceTitle(row({ message: `Client_info is only supported for MSAL/ADAL, please ensure that custom headers are being sent ${tail}.` }))).toBe(
      'Client_info is only supported for MSAL/ADAL',
    );
    // An expectation without what was expected (7500533) reads as a timing fault.
    // Without a name, a cut somewhat over the limit says more than the number.
    expect(
      referenceTitle(row({ message: "The SAML response was expected to start with either a Response element or a LogoutResponse element, from the XML namespace 'urn:oasis:names:tc:SAML:2.0:protocol'." })),
    ).toBe('The SAML response was expected to start with either a Response element or a LogoutResponse element');
    // A requirement, or a denial, cut from the words that limit it would demand or deny more than Microsoft does (29008, 1000110).
    // With no cut that keeps what limits it, the sentence without its bracketed value still fits a title (29008).
    expect(referenceTitle(row({ message: "The resource 'Microsoft Azure Linux Virtual Machine Sign-In' ({resourceUrl}) is required for SSH certificate token request." }))).toBe(
      "The resource 'Microsoft Azure Linux Virtual Machine Sign-In' is required for SSH certificate token request",
    );
    // With no cut that keeps its limit, the whole sentence, long as it is, names the code better than its number (1000110).
    expect(referenceTitle(row({ message: "Invalid request, identity tenant '{identityTenant}' is not allowed on resource tenant '{resourceTenant}' for cross cloud B2B call." }))).toBe(
      "Invalid request, identity tenant 'an identity tenant' is not allowed on resource tenant 'a resource tenant' for cross cloud B2B call",
    );
    // Only a sentence beyond any title's length falls back to the number.
    expect(referenceTitle(row({ message: `Invalid request, identity tenant '{identityTenant}' is not allowed on resource tenant '{resourceTenant}' for cross cloud B2B call ${'and more words '.repeat(3)}today.` }))).toBe('Sign-in error 90033');
    // "Cannot be used", "not found", "not expected": denials of use or presence are limited by what follows too (500137, 7500512).
    expect(referenceTitle(row({ message: 'The token issuer does not match the api version: A version 1 token cannot be used with the v2 endpoint.' }))).toBe(
      'The token issuer does not match the api version: A version 1 token cannot be used with the v2 endpoint',
    );
    expect(referenceTitle(row({ message: "XML element '{elementName}' in XML namespace '{namespace}' was not expected in the SAML message." }))).toBe(
      "XML element 'an element name' in XML namespace 'a namespace' was not expected in the SAML message",
    );
    // A relative clause that says what an indefinite noun is about stays with it (50163).
    expect(referenceTitle(row({ message: 'Regular expression replacement for claims transformation has resulted in a claim which exceeds the size limit. Please contact your admin.' }))).toBe(
      'Regular expression replacement for claims transformation has resulted in a claim which exceeds the size limit',
    );
    // A participle after an auxiliary is the verb itself and may end a cut.
    expect(referenceTitle(row({ message: `The account that was presented has been disabled ${tail}.` }))).toBe('The account that was presented has been disabled');
    expect(referenceTitle(row({ message: `Unable to load the transformer 'a type' that was specified ${tail}.` }))).toBe(
      "Unable to load the transformer 'a type' that was specified",
    );
  });

  it('skips an opening sentence many codes share for the one that tells the code apart (9002315)', () => {
    expect(referenceTitle(row({ logMessage: 'Invalid request. Cannot use /consumers/ on v1 signout.' }))).toBe('Cannot use /consumers/ on v1 signout');
    expect(referenceTitle(row({ message: 'Bad request. Passed context cannot be parsed.' }))).toBe('Passed context cannot be parsed');
    // Alone, the shared sentence is still the title.
    expect(referenceTitle(row({ message: 'Invalid request.' }))).toBe('Invalid request');
  });

  it('finds the titles that different messages would share, not those of one message repeated', () => {
    const rows = [
      row({ message: 'Unable to verify token signature. Signing key identifier is missing.' }),
      row({ message: 'Unable to verify token signature. No trusted realm was found.' }),
      row({ message: 'Internal use.' }),
      row({ message: 'Internal use.' }),
      row({ message: 'Signout failed. The app is not a participant.' }),
      row({ message: 'Signout failed. The app is not a participant.' }),
    ];
    expect([...collidingTitles(rows)]).toEqual(['Unable to verify token signature']);
  });

  it('goes on past a shared opening to the sentence that tells the code apart (1000006–1000013)', () => {
    const colliding = new Set(['Unable to verify token signature', "Invalid definition for external identity provider with domain 'a domain'"]);
    expect(referenceTitle(row({ message: 'Unable to verify token signature. Signing key identifier is missing.' }), colliding)).toBe(
      'Unable to verify token signature: signing key identifier is missing',
    );
    // "Reason:" is dropped, and a word in capitals keeps them.
    expect(referenceTitle(row({ message: "Invalid definition for external identity provider with domain '{domain}'. Reason: Domain '{value}' is a reserved value." }), colliding)).toBe(
      "Invalid definition for external identity provider with domain 'a domain': domain 'a value' is a reserved value",
    );
    expect(referenceTitle(row({ message: 'Unable to verify token signature. SWT key is missing.' }), colliding)).toBe('Unable to verify token signature: SWT key is missing');
    // Too long together: the telling sentence alone.
    expect(
      referenceTitle(row({ message: "Invalid definition for external identity provider with domain '{domain}'. Reason: Following properties are mandatory: domain, issuer URI, passive authentication URL." }), colliding),
    ).toBe('Following properties are mandatory: domain, issuer URI, passive authentication URL');
    // Without the set, or when the opening is not shared, the first sentence as before.
    expect(referenceTitle(row({ message: 'Unable to verify token signature. Signing key identifier is missing.' }))).toBe('Unable to verify token signature');
    expect(referenceTitle(row({ message: 'Signout failed. The app is not a participant.' }), colliding)).toBe('Signout failed');
  });

  it('gives the whole first sentence where two titles were cut alike (7500531, 7500532)', () => {
    const messages = [
      "The end of an XML element was expected, but instead XML content of type '{nodeType}', name '{name}' was found. XML content may be present that is not defined in the SAML protocol.",
      "The end of an XML element was expected, but instead XML content of type '{nodeType}' was found. XML content may be present that is not defined in the SAML protocol.",
    ];
    const rows = messages.map((message) => row({ message }));
    const colliding = collidingTitles(rows);
    expect([...colliding]).toEqual(['The end of an XML element was expected']);
    expect(rows.map((entry) => referenceTitle(entry, colliding))).toEqual([
      "The end of an XML element was expected, but instead XML content of type 'a node type', name 'a name' was found",
      "The end of an XML element was expected, but instead XML content of type 'a node type' was found",
    ]);
  });

  it('keeps a shared opening when the next sentence cannot stand for the code', () => {
    const colliding = new Set(['Fido assertion verification failed', "Device is not in required device state: the state"]);
    // A label and its slot, and a sentence leaning on the one before.
    expect(referenceTitle(row({ message: "Fido assertion verification failed. Result: '{result}'" }), colliding)).toBe('Fido assertion verification failed');
    expect(referenceTitle(row({ message: 'Fido assertion verification failed. Or, the request was blocked.' }), colliding)).toBe('Fido assertion verification failed');
    // An opening with a colon of its own takes the telling sentence alone rather than a second colon.
    expect(referenceTitle(row({ message: 'Device is not in required device state: {state}. The app used is not approved.' }), colliding)).toBe('The app used is not approved');
    // A telling sentence that no cut can shorten leaves the opening as the title.
    const long = `Device codes ${'very '.repeat(20)}long are refused.`;
    expect(referenceTitle(row({ message: `Fido assertion verification failed. ${long}` }), colliding)).toBe('Fido assertion verification failed');
  });

  it('prefers the symbolic name to a cut, and a slightly long whole sentence to the number', () => {
    const sentence = `Regional Cache Auth Service token requests for flows that require ${'very '.repeat(4)}encrypted tokens are forbidden`;
    expect(sentence.length).toBeGreaterThan(90);
    expect(referenceTitle(row({ name: 'RegionalCacheForbidden', message: `${sentence}.` }))).toBe('Regional cache forbidden');
    expect(referenceTitle(row({ message: `${sentence}.` }))).toBe(sentence);
    expect(referenceTitle(row({ message: `${sentence} ${'and more '.repeat(4)}.` }))).toBe('Sign-in error 90033');
  });

  it('opens a title with a capital when the message opens with a placeholder', () => {
    expect(referenceTitle(row({ message: '{feature} is/are disabled.' }))).toBe('The feature is/are disabled');
  });

  it('reads a message of one sentence, and one copied with spaces before it', () => {
    expect(referenceTitle(row({ message: 'Only one sentence!' }))).toBe('Only one sentence');
    expect(referenceTitle(row({ message: '  Copied with spaces around. Second.' }))).toBe('Copied with spaces around');
  });

  it('falls back to the symbolic name in words, then to the number', () => {
    expect(referenceTitle(row({ name: 'SasNonRetryableError' }))).toBe('Sas non retryable error');
    expect(referenceTitle(row({}))).toBe('Sign-in error 90033');
  });
});

describe('listing', () => {
  it('describes a code without a guide from the catalogue, saying so', () => {
    const entry = listing(row({ message: 'A transient error has occurred. Please try again.', classification: { category: 'service', audiences: ['user'], signal: 'transient', confidence: 'guess' } }), undefined);
    expect(entry).toMatchObject({ id: '90033', title: 'A transient error has occurred', category: 'service', signal: 'transient', confidence: 'guess', guide: undefined });
    expect(entry.summary).toContain('No guide is written for AADSTS90033');
  });

  it('prefers the guide’s own words and classification, and takes the message from the catalogue', () => {
    const guide = { id: '90033', data: { title: 'Our title', summary: 'Our summary of it.', category: 'service' as const, audiences: ['admin' as const], signal: { kind: 'benign' as const } } };
    const entry = listing(row({ message: 'Catalogue words.', classification: { category: 'mfa', audiences: ['user'], signal: 'transient', confidence: 'guess' } }), guide);
    expect(entry).toMatchObject({ title: 'Our title', summary: 'Our summary of it.', message: 'Catalogue words.', category: 'service', audiences: ['admin'], signal: 'benign', confidence: undefined });
  });
});

describe('titles of generated pages', () => {
  it.each([
    ['InvalidReplyTo', 'Invalid reply to'],
    ['MFA_Required', 'MFA required'],
    ['UserAccountNotFound', 'User account not found'],
    ['SAMLTokenInvalid', 'SAML token invalid'],
    ['Double__Underscore', 'Double underscore'],
    ['Ids_Locked', 'Ids locked'],
    ['SAMLRequestInvalid', 'SAML request invalid'],
    ['MFARequired', 'MFA required'],
    ['Token2Expired', 'Token2 expired'],
    ['already spaced  Words', 'already spaced words'],
    ['_Leading', 'Leading'],
    ['snake_case_name', 'snake case name'],
    ['Failed_Sign-In', 'Failed Sign-In'],
    ['ErrorToken2', 'Error Token2'],
  ])('%s reads as %s', (name, expected) => {
    expect(humaniseName(name)).toBe(expected);
  });

  it('ends the first sentence at the first full stop, question or exclamation mark followed by a space', () => {
    expect(referenceTitle(row({ message: 'Version 2.0 is required. Try again.' }))).toBe('Version 2.0 is required');
    expect(referenceTitle(row({ message: 'Is it you? Sign in.' }))).toBe('Is it you');
    expect(referenceTitle(row({ message: 'Stop!! Now.' }))).toBe('Stop');
    expect(referenceTitle(row({ message: 'No full stop at all' }))).toBe('No full stop at all');
  });

  it('drops an AADSTS prefix from the message, and only at the start', () => {
    expect(referenceTitle(row({ message: 'AADSTS90033: A transient error. Retry.' }))).toBe('A transient error');
    expect(referenceTitle(row({ message: 'AADSTS90033:A transient error.' }))).toBe('A transient error');
    expect(referenceTitle(row({ message: 'See AADSTS90033: for more.' }))).toBe('See AADSTS90033: for more');
  });

  it('keeps a sentence of exactly 90 characters, and never cuts one of 91 with an ellipsis', () => {
    const ninety = `Word ${'word '.repeat(16)}abcde`;
    expect(ninety).toHaveLength(90);
    expect(referenceTitle(row({ message: `${ninety}.` }))).toBe(ninety);
    expect(referenceTitle(row({ message: `${ninety}f.` }))).toBe(`${ninety}f`);
  });
});

describe('titleFault', () => {
  it.each([
    ["Cannot decrypt auth ticket with key version '{version}'", 'contains a brace'],
    ['Provided value for the input parameter scope is not valid because it contains more than…', 'ends in an ellipsis, as if cut off'],
    ['Cut with three dots...', 'ends in an ellipsis, as if cut off'],
    ["Cannot decrypt auth ticket with key version 'a version'", undefined],
    ['Version 2.0 is required', undefined],
  ])('%s: %s', (title, fault) => {
    expect(titleFault(title)).toBe(fault);
  });
});

describe('listing names and classification', () => {
  const guide = (name?: string) => ({ id: '90033', data: { title: 'T', summary: 'S', ...(name ? { name } : {}), category: 'service' as const, audiences: ['admin' as const], signal: { kind: 'benign' as const } } });

  it('takes Microsoft’s name from the catalogue first, then from the guide, else none', () => {
    expect(listing(row({ name: 'FromCatalogue' }), guide('FromGuide')).name).toBe('FromCatalogue');
    expect(listing(row({}), guide('FromGuide')).name).toBe('FromGuide');
    expect(listing(row({}), guide()).name).toBe('');
    expect(listing(row({}), undefined).name).toBe('');
  });

  it('uses the catalogue’s newest wording for every code, guide or not', () => {
    expect(listing(row({ message: 'Catalogue words.' }), guide()).message).toBe('Catalogue words.');
    expect(listing(row({ message: 'Old words.', logMessage: 'Log words.' }), guide()).message).toBe('Log words.');
  });

  it('names the symbolic name in the summary of a generated page', () => {
    expect(listing(row({ name: 'SomeName', message: 'M.' }), undefined).summary).toBe("No guide is written for AADSTS90033 (SomeName) yet. This page gives Microsoft's message, where it is documented and what to collect for the helpdesk.");
  });

  it('leaves an unclassified generated page without category, audiences, signal or confidence', () => {
    expect(listing(row({ message: 'M.' }), undefined)).toMatchObject({ category: undefined, audiences: [], signal: undefined, confidence: undefined });
  });
});
