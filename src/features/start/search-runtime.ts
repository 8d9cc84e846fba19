import index from 'virtual:search-index';
import { createSearchEngine } from './search-engine.ts';

/** The start page's search engine over the compiled index; this module and the index load after the first paint. */
export const engine = createSearchEngine(index);
