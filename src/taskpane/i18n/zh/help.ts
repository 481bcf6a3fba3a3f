import type { en } from "../en";

export const help: (typeof en)["help"] = {};
