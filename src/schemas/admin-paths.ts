/**
 * The admin-center menu paths that content may cite with `<Path to="…" />`, in Microsoft's current naming.
 *
 * When Microsoft renames a menu, edit the path here and move the old text into `formerly`: pages written
 * with the old text still resolve, and show the current name.
 */

export const PORTALS = {
  entra: { name: 'Microsoft Entra admin center', url: 'https://entra.microsoft.com' },
  intune: { name: 'Microsoft Intune admin center', url: 'https://intune.microsoft.com' },
  azure: { name: 'Azure portal', url: 'https://portal.azure.com' },
  m365: { name: 'Microsoft 365 admin center', url: 'https://admin.microsoft.com' },
} as const;

export type Portal = keyof typeof PORTALS;

export interface AdminPath {
  /** The menu items in order, joined by " > ", exactly as the portal labels them. */
  path: string;
  portal: Portal;
  /** Earlier wordings of the same path, which content may still use. */
  formerly?: readonly string[];
}

export const ADMIN_PATHS: readonly AdminPath[] = [
  // Users, groups and roles
  { path: 'Entra ID > Users', portal: 'entra' },
  { path: 'Entra ID > Users > All users', portal: 'entra', formerly: ['Identity > Users > All users', 'Users > All users'] },
  { path: 'Entra ID > Users > User settings', portal: 'entra', formerly: ['Users > User settings'] },
  { path: 'Entra ID > Users > Deleted users', portal: 'entra' },
  { path: 'Entra ID > Groups > All groups', portal: 'entra' },
  { path: 'Entra ID > Roles & admins', portal: 'entra' },
  { path: 'Entra ID > Overview > Properties', portal: 'entra', formerly: ['Identity > Overview > Properties'] },
  { path: 'Entra ID > Domain names', portal: 'entra', formerly: ['Identity > Settings > Domain names'] },
  // Monitoring
  { path: 'Entra ID > Monitoring & health > Sign-in logs', portal: 'entra', formerly: ['Monitoring & health > Sign-in logs', 'Identity > Monitoring & health > Sign-in logs'] },
  { path: 'Entra ID > Monitoring & health > Audit logs', portal: 'entra', formerly: ['Monitoring & health > Audit logs'] },
  { path: 'Entra ID > Monitoring & health > Health', portal: 'entra' },
  { path: 'Entra ID > Monitoring & health > Diagnostic settings', portal: 'entra' },
  { path: 'Entra ID > Monitoring & health > Log Analytics', portal: 'entra' },
  // Conditional Access and ID Protection
  { path: 'Entra ID > Conditional Access', portal: 'entra' },
  { path: 'Entra ID > Conditional Access > Policies', portal: 'entra', formerly: ['Conditional Access > Policies', 'Protection > Conditional Access > Policies'] },
  { path: 'Entra ID > Conditional Access > Named locations', portal: 'entra' },
  { path: 'Entra ID > Conditional Access > Authentication contexts', portal: 'entra' },
  { path: 'Entra ID > Conditional Access > Authentication strengths', portal: 'entra' },
  { path: 'Entra ID > Conditional Access > Custom controls (Preview)', portal: 'entra', formerly: ['Conditional Access > Custom controls (Preview)'] },
  { path: 'Entra ID > Conditional Access > Policies > What If', portal: 'entra', formerly: ['Conditional Access > What If'] },
  { path: 'ID Protection > Dashboard', portal: 'entra' },
  { path: 'ID Protection > Risky users', portal: 'entra', formerly: ['Identity Protection > Risky users', 'Protection > Identity Protection > Risky users'] },
  { path: 'ID Protection > Risky sign-ins', portal: 'entra' },
  // Authentication methods and passwords
  { path: 'Entra ID > Authentication methods > Policies', portal: 'entra', formerly: ['Authentication methods > Policies', 'Protection > Authentication methods > Policies'] },
  { path: 'Entra ID > Authentication methods > Settings', portal: 'entra' },
  { path: 'Entra ID > Authentication methods > Registration campaign', portal: 'entra', formerly: ['Authentication methods > Registration campaign'] },
  { path: 'Entra ID > Authentication methods > Password protection', portal: 'entra', formerly: ['Authentication methods > Password protection'] },
  { path: 'Entra ID > Multifactor authentication > Block/unblock users', portal: 'entra', formerly: ['Protection > Multifactor authentication > Block/unblock users'] },
  { path: 'Entra ID > Password reset', portal: 'entra' },
  { path: 'Entra ID > Identity Secure Score > Certificate authorities', portal: 'entra' },
  { path: 'Entra ID > Password reset > On-premises integration', portal: 'entra', formerly: ['Protection > Password reset > On-premises integration', 'Password reset > On-premises integration'] },
  // Applications
  { path: 'Entra ID > App registrations', portal: 'entra' },
  { path: 'Entra ID > App registrations > New registration', portal: 'entra', formerly: ['App registrations > New registration'] },
  { path: 'Entra ID > Enterprise apps > All applications', portal: 'entra', formerly: ['Enterprise apps > All applications'] },
  { path: 'Entra ID > Enterprise apps > Consent and permissions', portal: 'entra', formerly: ['Enterprise apps > Consent and permissions'] },
  { path: 'Entra ID > Enterprise apps > Consent and permissions > User consent settings', portal: 'entra' },
  { path: 'Entra ID > Enterprise apps > Consent and permissions > Admin consent settings', portal: 'entra', formerly: ['Enterprise apps > Consent and permissions > Admin consent settings'] },
  { path: 'Entra ID > Enterprise apps > Admin consent requests', portal: 'entra', formerly: ['Identity > Applications > Enterprise applications > Admin consent requests'] },
  { path: 'Entra ID > Enterprise apps > Application proxy', portal: 'entra' },
  { path: 'Entra ID > Enterprise apps > Sign-in logs', portal: 'entra' },
  // Devices
  { path: 'Entra ID > Devices > All devices', portal: 'entra' },
  { path: 'Entra ID > Devices > Device settings', portal: 'entra', formerly: ['Devices > Device settings'] },
  { path: 'Devices > All devices', portal: 'intune' },
  { path: 'Devices > Compliance', portal: 'intune' },
  { path: 'Devices > Device onboarding > Enrollment', portal: 'intune', formerly: ['Devices > Enrollment'] },
  { path: 'Apps > Protection', portal: 'intune', formerly: ['Apps > App protection policies'] },
  { path: 'Apps > All apps', portal: 'intune' },
  // External identities and tenants
  { path: 'Entra ID > External Identities > All identity providers', portal: 'entra', formerly: ['External Identities > All identity providers'] },
  { path: 'Entra ID > External Identities > Cross-tenant access settings', portal: 'entra', formerly: ['Identity > External Identities > Cross-tenant access settings', 'External Identities > Cross-tenant access settings'] },
  { path: 'Entra ID > External Identities > External collaboration settings', portal: 'entra' },
  // Hybrid identity
  { path: 'Entra ID > Entra Connect > Connect Sync', portal: 'entra', formerly: ['Entra ID > Entra Connect > Connect sync', 'Hybrid management > Microsoft Entra Connect > Connect Sync', 'Identity > Hybrid management > Microsoft Entra Connect'] },
  { path: 'Entra ID > Entra Connect > Connect Sync > Pass-through authentication', portal: 'entra', formerly: ['Hybrid management > Microsoft Entra Connect > Connect Sync > Pass-through authentication'] },
  // Microsoft 365
  { path: 'Health > Service health', portal: 'm365' },
  { path: 'Billing > Your products', portal: 'm365' },
  // Support
  { path: 'Learn & support > New support request', portal: 'entra' },
];

const normalise = (text: string) => text.split('>').map((part) => part.trim()).join(' > ');

const BY_TEXT = new Map<string, AdminPath>(
  ADMIN_PATHS.flatMap((entry) => [entry.path, ...(entry.formerly ?? [])].map((text) => [normalise(text), entry] as const)),
);

/** The current path that `text` (current or former wording) stands for, or undefined if it is not in the vocabulary. */
export function resolveAdminPath(text: string): AdminPath | undefined {
  return BY_TEXT.get(normalise(text));
}
