import text from 'virtual:search-text/nb';

/** The second shard of the Norwegian page's index: the long text, fetched when the search box is first used. */
export default text;
