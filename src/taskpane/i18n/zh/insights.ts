import type { en } from "../en";

export const insights: (typeof en)["insights"] = {};
