/* The help screen's strings. */
export const help = {};
