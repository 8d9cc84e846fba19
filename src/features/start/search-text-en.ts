import text from 'virtual:search-text/en';

/** The second shard of the English page's index: the long text, fetched when the search box is first used. */
export default text;
