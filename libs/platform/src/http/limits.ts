/** The longest path segment a route parameter may take; the router answers 404 past it, before any handler. */
export const MAX_PATH_PARAM_LENGTH = 100;
