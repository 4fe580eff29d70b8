/** Site-wide settings that pages and scripts share. */

export const SITE_NAME = 'Entra Error Atlas';

/** Where the source lives; edit links and contribution links point here. */
export const REPOSITORY_URL = (import.meta.env.PUBLIC_REPOSITORY_URL as string | undefined) ?? 'https://github.com/entra-error-atlas/entra-error-atlas';

/** Microsoft's guide to the sign-in log, where every reference page's helpdesk and admin steps come from. */
export const SIGN_IN_TROUBLESHOOTING_URL = 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-troubleshoot-sign-in-errors';
export const SIGN_IN_FILTER_URL = 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-customize-filter-logs';
/** Microsoft's page on support requests: who may open one, from where. */
export const SUPPORT_REQUEST_URL = 'https://learn.microsoft.com/entra/fundamentals/how-to-get-support';

export { OFFICIAL_REFERENCE_URL, officialLookupUrl } from './lib/catalog/documented.ts';

/** The codes people search for most, shown on the home page. */
export const POPULAR_CODES = ['50126', '500121', '50076', '53003', '50053', '50058', '65001', '700016', '7000215', '50057', '50105', '70043'];
