/* The Simplified Chinese catalogue: the same keys as ../en, checked by the type system. */
import type { Catalog } from "../catalog";
import { common } from "./common";
import { shell } from "./shell";

export const zh: Catalog = { common, shell };
