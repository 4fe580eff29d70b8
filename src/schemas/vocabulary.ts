/** The fixed vocabularies that code pages choose from: categories, audiences and signals. */

export const CATEGORIES = {
  mfa: {
    label: 'Multifactor authentication',
    description: 'The second factor was required, not registered, not answered or refused.',
  },
  'conditional-access': {
    label: 'Conditional Access',
    description: 'A Conditional Access policy blocked the sign-in or asked for more than was offered.',
  },
  password: {
    label: 'Password and credentials',
    description: 'The password or another credential was wrong, expired or had to be changed.',
  },
  'account-state': {
    label: 'Account state',
    description: 'The account is missing, disabled, locked, pending or otherwise not able to sign in.',
  },
  device: {
    label: 'Devices',
    description: 'The device is not registered, not compliant, disabled or could not prove itself.',
  },
  application: {
    label: 'Applications and registration',
    description: 'The app registration, reply URL, client credentials or the request itself is wrong.',
  },
  consent: {
    label: 'Consent and permissions',
    description: 'Nobody has consented to what the app asks for, or the user is not assigned to it.',
  },
  'token-session': {
    label: 'Tokens and sessions',
    description: 'A token, code or session expired, was revoked or could not be used.',
  },
  federation: {
    label: 'Federation and hybrid',
    description: 'A federated identity provider, pass-through agent or on-premises component failed.',
  },
  tenant: {
    label: 'Tenants and guests',
    description: 'The tenant is wrong or unknown, or cross-tenant and guest access was refused.',
  },
  service: {
    label: 'Service and network',
    description: 'Microsoft Entra ID had an internal error, was busy or throttled the request, or its sign-in pages could not be reached or loaded.',
  },
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_SLUGS = Object.keys(CATEGORIES) as [Category, ...Category[]];

/**
 * Who can act on a code. `short` is the one word a page uses for an audience everywhere (Start here, the
 * audience switch, fix tags, filters); a reader who is a helpdesk agent would not know who "You" is.
 */
export const AUDIENCES = {
  user: { label: 'User (the person signing in)', short: 'User' },
  helpdesk: { label: 'Helpdesk', short: 'Helpdesk' },
  admin: { label: 'Tenant administrator', short: 'Admin' },
  developer: { label: 'App developer', short: 'Developer' },
} as const;

export type Audience = keyof typeof AUDIENCES;

/** An audience inside a sentence: "the user", "the helpdesk", "the admin", "the developer". */
export function audiencePhrase(audience: Audience): string {
  return `the ${AUDIENCES[audience].short.toLowerCase()}`;
}
export const AUDIENCE_SLUGS = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

export const SIGNALS = {
  benign: {
    label: 'Benign',
    description: 'On its own it says nothing about an attack, and nothing needs fixing in the tenant.',
  },
  interrupt: {
    label: 'Flow interrupt',
    description: 'A normal step in a sign-in flow, not a failure: the app or the user is asked for something more (an account choice, MFA, consent) and carries on.',
  },
  transient: {
    label: 'Transient',
    description: 'A passing problem on the service side or in the network: retrying after a short wait usually works.',
  },
  'user-error': {
    label: 'User error',
    description: 'The person signing in did something wrong or left something undone.',
  },
  misconfiguration: {
    label: 'Misconfiguration',
    description: 'An app, policy or tenant setting is wrong; fix it once and it stops for everyone.',
  },
  policy: {
    label: 'Blocked by a setting',
    description: 'A policy, an assignment or a switched-off feature stops this sign-in. That may be intended: an admin decides whether to change the setting or the person’s access.',
  },
  unclassified: {
    label: 'Not classified',
    description: 'Microsoft’s text does not say enough to file it under one of the other kinds, or what it says fits none of them (a fault in one account or device, say).',
  },
  'security-relevant': {
    label: 'Security-relevant',
    description: 'Worth watching in sign-in logs: in numbers it can point to an attack.',
  },
} as const;

export type Signal = keyof typeof SIGNALS;
export const SIGNAL_SLUGS = Object.keys(SIGNALS) as [Signal, ...Signal[]];

/** MDX components that content may use; anything else is refused by validation. */
export const ALLOWED_COMPONENTS = ['Note', 'Warning', 'Steps', 'Path', 'CodeLink', 'Kbd'] as const;
