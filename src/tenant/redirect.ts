import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * The sign-in's redirect URI is the site's origin (`/`): there the boot loader loads this module alone, which hands
 * the response to the page that started the sign-in (kept in sessionStorage, never in a URL) and goes back to it.
 */
void broadcastResponseToMainFrame().catch(() => location.replace('/'));
