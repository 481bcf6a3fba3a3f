import type { en } from "../en";

export const wizard: (typeof en)["wizard"] = {};
