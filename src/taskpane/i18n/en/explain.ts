/* The explain screen's strings. */
export const explain = {};
