import type { en } from "../en";

export const explain: (typeof en)["explain"] = {};
