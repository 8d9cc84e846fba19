/** The hosts the content may link to: Microsoft's documentation and admin portals. */
export const ALLOWED_HOSTS = [
  'learn.microsoft.com',
  'entra.microsoft.com',
  'admin.microsoft.com',
  'portal.azure.com',
  'aka.ms',
] as const;

/** Why a link target is refused, or undefined when it is an https URL on an allowed host. */
export function linkProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `link "${url}" is not a valid absolute URL; write it as https://host/path`;
  }
  if (parsed.protocol !== 'https:') {
    return `link "${url}" is not an https address; links must start with https:// (javascript:, data:, http: and relative links are refused)`;
  }
  if (!(ALLOWED_HOSTS as readonly string[]).includes(parsed.hostname)) {
    return `link "${url}" goes to ${parsed.hostname}, which is not on the allow-list (${ALLOWED_HOSTS.join(', ')}); link to Microsoft's documentation or portals, or add the host to src/compiler/links.ts`;
  }
  return undefined;
}
