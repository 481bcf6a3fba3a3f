/* The wizard screen's strings. */
export const wizard = {};
