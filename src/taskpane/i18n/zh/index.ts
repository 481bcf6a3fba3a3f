/* The Simplified Chinese catalogue: the same keys as ../en, checked by the type system. */
import type { Catalog } from "../en";
import { common } from "./common";
import { cycle } from "./cycle";
import { explain } from "./explain";
import { help } from "./help";
import { insights } from "./insights";
import { onDemand } from "./onDemand";
import { programs } from "./programs";
import { recognition } from "./recognition";
import { shell } from "./shell";
import { statementFile } from "./statementFile";
import { wizard } from "./wizard";

export const zh: Catalog = {
  common,
  shell,
  wizard,
  programs,
  explain,
  help,
  insights,
  cycle,
  onDemand,
  statementFile,
  recognition,
};
