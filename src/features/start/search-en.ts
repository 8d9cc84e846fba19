import index from 'virtual:search-index/en';
import { createSearchEngine } from './search-engine.ts';

/** The start page's search engine over the English page's index; it loads after the first paint (see start-page.tsx). */
export const engine = createSearchEngine(index);
