import text from 'virtual:search-text';

/**
 * The second shard of the start page's index: the long text, fetched when the search box is first used. It stores
 * nothing a result shows, so both languages' pages share it.
 */
export default text;
