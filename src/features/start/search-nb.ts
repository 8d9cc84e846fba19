import index from 'virtual:search-index/nb';
import { createShardedEngine } from './search-engine.ts';
import type { SearchEngine } from './search-engine.ts';

/** The start page's search engine over the Norwegian page's first shard; it loads after the first paint (see start-page.tsx). */
export const engine = createShardedEngine(index);

/** The engine over both shards: the second is fetched on the first call, when the search box is first used. */
export const withText = (): Promise<SearchEngine> =>
  import('./search-text-nb.ts').then((module) => engine.withText(module.default));
