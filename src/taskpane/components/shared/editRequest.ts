import type { ProgramDefinition } from "../../../engine/program/types";

/**
 * A program opened from the Programs screen for editing in the wizard: its key in the workbook and
 * the program as it was read. Programs asks for it, the app shell carries it, the wizard opens it;
 * it lives here so that neither screen imports the other.
 */
export interface EditRequest {
  key: string;
  program: ProgramDefinition;
}
