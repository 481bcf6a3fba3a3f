/* The programs screen's strings. */
export const programs = {};
