/* The insights screen's strings. */
export const insights = {};
