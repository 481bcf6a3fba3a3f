import type { en } from "../en";

export const programs: (typeof en)["programs"] = {};
