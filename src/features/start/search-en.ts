import index from 'virtual:search-index/en';
import { createShardedEngine } from './search-engine.ts';

/**
 * The start page's search engine over the English page's first shard; it loads after the first paint, and takes the
 * second shard when the search box is first used (see start-page.tsx).
 */
export const engine = createShardedEngine(index);
