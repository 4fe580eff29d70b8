import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitalised, messageInWords, messageParts, messageWithMarkedSlots, messageWordings, placeholderWords, slotWords } from '../../src/lib/catalog/message-parts.ts';
import { CATALOG_FILE, parseCatalog } from '../../src/lib/catalog/catalog-file.ts';

const { rows } = parseCatalog(readFileSync(CATALOG_FILE, 'utf8'));
const catalogued = (code: number) => {
  const row = rows.find((candidate) => candidate.code === code);
  if (!row) throw new Error(`${code} is not in the catalogue`);
  return row;
};
/** A message with each slot marked [like this], to see text and slots at a glance. */
const marked = (message: string) => messageParts(message).map((part) => (part.kind === 'text' ? part.text : `[${part.words}]`)).join('');

describe('messageParts on real catalogue messages', () => {
  it('reads a quoted placeholder as one value of its kind, keeping Microsoft’s quotes (75016)', () => {
    expect(catalogued(75016).message).toBe("The SP name qualifier '{name}' is not valid.");
    expect(messageParts(catalogued(75016).message)).toEqual([
      { kind: 'text', text: "The SP name qualifier '" },
      { kind: 'slot', name: 'name', words: 'a name' },
      { kind: 'text', text: "' is not valid." },
    ]);
  });

  it('reads a placeholder in quotes at the end of a sentence (50076)', () => {
    expect(marked(catalogued(50076).message)).toBe(
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '[a resource]'.",
    );
  });

  it('reads a bare placeholder as "the …", and drops "the" where Microsoft’s text already has it (50034)', () => {
    expect(marked(catalogued(50034).message)).toBe(
      'The user account [identifier] does not exist in the [tenant] directory. To sign into this application, the account must be added to the directory.',
    );
    expect(marked(catalogued(90010).message)).toContain('create [the algorithm name]');
  });

  it('reads an optional phrase Microsoft appends as what it holds, set apart where it is glued on (650011, 7000217)', () => {
    expect(marked(catalogued(650011).message)).toContain("with ID '[an identifier]'[ (the app name)]. Send");
    expect(marked(catalogued(7000217).message)).toContain('named [the app name or ID] was not found');
  });

  it('says a value is shown in the error where the words just before already name it (700050), not where they only look alike (7000217)', () => {
    expect(marked(catalogued(700050).message)).toContain('Current time: [(shown in the error)], expiry time of actor token [(shown in the error)].');
    expect(marked(catalogued(7000217).message)).toContain('in the tenant named [the tenant name].');
  });

  it('opens with a capital where the message opens with a placeholder (90130)', () => {
    expect(marked(catalogued(90130).message)).toMatch(/^\[The application\] '\[an app ID\]'/);
  });

  it('reads a placeholder right after the noun it belongs to without "the" (220025, 901004, 50105)', () => {
    expect(marked(catalogued(220025).message)).toBe('Encryption key [version] not found.');
    expect(marked(catalogued(901004).message)).toBe('Expected parameter [name] not found.');
    expect(marked(catalogued(50105).message)).toMatch(/^Your administrator has configured the application \[app name\] \('\[an app ID\]'\)/);
  });

  it('keeps punctuation glued to placeholders: quotes, brackets and a following one (50194, 65001)', () => {
    expect(marked(catalogued(50194).message)).toMatch(/^Application '\[an app ID\]'\(\[the app name\]\) is not configured .* after '\[a time\]'\. Use /);
    expect(marked(catalogued(65001).message)).toContain("with ID '[an identifier]'[ (the app name)]. Send");
  });

  it('reads a plural suffix and repeated placeholders in the sign-in log wording (50011)', () => {
    expect(marked(catalogued(50011).logMessage)).toMatch(/^The \[reply URL\] '\[a reply address\]' specified .* the \[reply URL\]s configured for the application '\[an identifier\]'\./);
  });

  it('opens a sentence with a capital where a placeholder begins it, without an article (50011: "… fix this. Further details")', () => {
    expect(marked(catalogued(50011).logMessage)).toMatch(/fix this\. \[Further details\]$/);
  });

  it('reads a placeholder with a capital and parentheses around its kind (399207)', () => {
    expect(marked(catalogued(399207).logMessage)).toBe("The token request does not contain one or more supported response token type(s): '[a resource type]'.");
  });

  it('returns a message without placeholders as one run of text (50126)', () => {
    expect(messageParts(catalogued(50126).message)).toEqual([{ kind: 'text', text: 'Error validating credentials due to invalid username or password.' }]);
  });

  it('gives every catalogued message back whole: its text runs and placeholders join into the message', () => {
    const broken = rows.flatMap((row) => [row.message, row.logMessage]).filter((message) => {
      const joined = messageParts(message).map((part) => (part.kind === 'text' ? part.text : `{${part.name}}`)).join('');
      return joined !== message;
    });
    expect(broken).toEqual([]);
  });

  it('leaves no brace in any catalogued message once its placeholders are read as words', () => {
    const braced = rows.flatMap((row) => [row.message, row.logMessage]).filter((message) => /[{}]/.test(messageInWords(message)));
    expect(braced).toEqual([]);
  });
});

describe('placeholder words', () => {
  it('reads positional placeholders such as {0}, which Microsoft’s older lists use, as "a value"', () => {
    // No catalogued message has one today; sign-in log exports have used them.
    expect(marked("Tenant '{0}' not found. Retry {1}.")).toBe("Tenant '[a value]' not found. Retry [the value].");
  });

  it.each([
    ['tenantId', 'tenant ID'],
    ['tenant_id', 'tenant ID'],
    ['appIdentifier', 'app identifier'],
    ['resourceUrl', 'resource URL'],
    ['xmlNamespace', 'XML namespace'],
    ['ResType', 'resource type'],
    ['algoName', 'algorithm name'],
    ['curTime', 'current time'],
    ['objGuid', 'object GUID'],
    ['akamsLink', 'aka.ms link'],
    ['kid', 'key ID'],
    ['appid', 'app ID'],
    ['thumbPrint', 'thumbprint'],
    ['actual', 'actual value'],
    ['appConstant', 'application'],
    ['tenant2', 'second tenant'],
    ['scopeListString', 'scope list string'],
  ])('%s reads as %s', (name, words) => {
    expect(placeholderWords(name)).toBe(words);
  });

  it.each([
    ['version', true, 'a version'],
    ['tenantId', false, 'the tenant ID'],
    ['identifier', true, 'an identifier'],
    ['idp', true, 'an IdP'],
    ['url', true, 'a URL'],
    ['xmlElement', true, 'an XML element'],
    ['unexpectedClaims', true, 'some unexpected claims'],
    ['roles', true, 'some roles'],
    ['address', true, 'an address'],
    ['status', true, 'a status'],
    ['user', true, 'a user'],
    ['num', false, 'N'],
    ['maxItems', true, 'N'],
  ])('{%s} (quoted: %s) reads as %s', (name, quoted, words) => {
    expect(slotWords(name, quoted)).toBe(words);
  });

  it('spells out Microsoft’s short forms and reads numbers as N, so no slot reads "the num" or "an algo name" (900044, 900102, 76024)', () => {
    expect(marked(catalogued(900044).message)).toBe('Only version [N] of PKeyAuth is supported.');
    expect(marked(catalogued(900102).message)).toBe("'[an algorithm name]' algorithm not supported.");
    expect(marked(catalogued(76024).message)).toContain('while the [N] most recent certificates');
    expect(marked(catalogued(90130).message)).toMatch(/^\[The application\] '\[an app ID\]' \[the app name\] is not supported/);
  });

  it('does not repeat the noun Microsoft’s text puts right before a bare placeholder (1000701, 28000, 1000107)', () => {
    expect(marked(catalogued(1000701).message)).toContain('found in tenant [(shown in the error)].');
    // Bracketed, so that it reads as an aside after Microsoft's bare noun even where the slot's box is not seen.
    expect(messageInWords(catalogued(7000117).message)).toContain('is disabled in tenant (shown in the error).');
    expect(marked(catalogued(28000).message)).toContain('Scope [(shown in the error)] is not valid.');
    expect(marked(catalogued(1000107).logMessage || catalogued(1000107).message)).toMatch(/^The tenant ID \[\(shown in the error\)\] provided/);
    expect(marked(catalogued(1000470).message)).toMatch(/^The protocol \[\(shown in the error\)\] is blocked for tenant \[\(shown in the error\)\]\./);
    // A quoted value is a value of its kind, and keeps its article: "scope 'a scope'".
    expect(marked(catalogued(28002).message)).toContain("scope '[a scope]'");
  });
});

describe('a quoted placeholder after Microsoft\'s own article', () => {
  it('reads without a second article (500067: "the \'method\' signature method", not "the \'a method\'")', () => {
    expect(messageInWords("Cannot create hash algorithm using the '{method}' signature method.")).toBe("Cannot create hash algorithm using the 'method' signature method.");
    expect(messageInWords("The application '{appId}' was not found.")).toBe("The application 'an app ID' was not found.");
  });
});

describe('capitalised', () => {
  it('raises the first letter of a sentence, but not of a parameter written as code (900056)', () => {
    expect(capitalised('the tenant ID is missing')).toBe('The tenant ID is missing');
    expect(capitalised('redirect_uri is a required parameter for brokered authentication')).toBe('redirect_uri is a required parameter for brokered authentication');
    expect(capitalised('clientId is not valid')).toBe('clientId is not valid');
  });
});

describe('messageWithMarkedSlots', () => {
  it('writes each placeholder as the kind of value it stands for, in brackets, so that plain text never passes it off as a real value (7500510)', () => {
    expect(messageWithMarkedSlots("XML attribute '{attributeName}' in the SAML message must be a dateTime.")).toBe("XML attribute '[attribute name]' in the SAML message must be a dateTime.");
    expect(messageWithMarkedSlots('User account is disabled in tenant {tenant}.')).toBe('User account is disabled in tenant [tenant].');
  });

  it('gives an optional phrase glued to the word before it a space, and leaves a message without placeholders as it is', () => {
    expect(messageWithMarkedSlots("The app '{identifier}'{namePhrase} was not found.")).toBe("The app '[identifier]' [app name] was not found.");
    expect(messageWithMarkedSlots("for the App:'{appId}'{name} in the tenant")).toBe("for the App:'[app ID]' [name] in the tenant");
    // The word a placeholder is named after, just before a preposition, already names it (70023).
    expect(messageInWords('Token expires on {expires}.')).toBe('Token expires on (shown in the error).');
    expect(messageInWords("for the App:'{appId}'{name} in the tenant")).toBe("for the App:'an app ID' (the name) in the tenant");
    expect(messageWithMarkedSlots('Invalid request.')).toBe('Invalid request.');
  });
});

describe('messageWordings', () => {
  it('quotes the sign-in log wording first and the lookup wording where it differs (70045)', () => {
    const wordings = messageWordings(catalogued(70045));
    expect(wordings.map((wording) => wording.label)).toEqual(['In sign-in logs', 'Microsoft’s error lookup words it']);
    expect(wordings[0].text).toContain('{authInstant}');
    expect(wordings[1].text).toContain('{issueDate}');
  });

  it('credits the second wording to the reference table when no lookup page holds the code (9002332)', () => {
    const wordings = messageWordings(catalogued(9002332));
    expect(wordings.map((wording) => wording.label)).toEqual(['In sign-in logs', 'Microsoft’s error code reference words it']);
    expect(wordings[0].text).toContain('Azure Active Directory users only');
    expect(wordings[1].text).toContain('Microsoft Entra users only');
  });

  it('quotes one wording when the two agree or only one exists, and none when Microsoft publishes no message', () => {
    expect(messageWordings({ message: 'Same.', logMessage: 'Same.' }).map((wording) => wording.label)).toEqual(['In sign-in logs']);
    expect(messageWordings({ message: 'Only this.', logMessage: '' }).map((wording) => wording.label)).toEqual(['Microsoft’s message']);
    expect(messageWordings({ message: '', logMessage: '' })).toEqual([]);
  });
});
