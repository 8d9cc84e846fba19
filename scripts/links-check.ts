/**
 * Reports the HTTP status of every link in the content (article links, note sources and links, table sources).
 * Where the network does not reach the hosts it says so and exits 0: it is a report, not part of `npm test`.
 */
import path from 'node:path';
import { compileOrThrow } from '../src/compiler/compile.ts';
import { linkTargets } from '../src/tree/inline.ts';
import { LANGS } from '../src/tree/lang.ts';
import type { Inline } from '../src/tree/compiled.ts';

const tree = compileOrThrow(path.resolve('content'));
const urls = new Set<string>([tree.roles.source, tree.licences.source]);
const walk = (content: readonly Inline[]) => linkTargets(content).forEach((url) => urls.add(url));
for (const symptom of tree.symptoms) {
  for (const lang of LANGS) {
    symptom.items.forEach((item) => walk(item.content[lang]));
    symptom.notes.forEach((note) => walk(note.text[lang]));
  }
  symptom.notes.forEach((note) => urls.add(note.source));
}

/** The status of one URL, following redirects, or the network error's code. */
async function check(url: string): Promise<{ url: string; status: string; ok: boolean; offline: boolean }> {
  try {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'follow',
      signal: AbortSignal.timeout(8000),
    });
    const moved = response.url !== url ? ` -> ${response.url}` : '';
    return { url, status: `${response.status}${moved}`, ok: response.ok, offline: false };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { url, status: `no answer (${cause})`, ok: false, offline: true };
  }
}

const results = await Promise.all([...urls].sort().map(check));
if (results.every((r) => r.offline)) {
  console.log(
    `links:check: the network does not reach the link hosts from here (${results[0]?.status}); ${urls.size} links not checked.`,
  );
  process.exit(0);
}
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.status.padEnd(12)} ${r.url}`);
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} of ${results.length} links answered OK.`);
process.exit(failed.length > 0 ? 1 : 0);
