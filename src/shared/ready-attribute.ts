/**
 * The attribute of `<html>` that names the path the app has finished rendering: what browser tests and the bench
 * wait for. A module of its own, free of React, so Node scripts can import it without loading React.
 */
export const READY_ATTRIBUTE = 'data-ready';
