import * as React from "react";
import { ExcelUnavailableError, type WorkbookService } from "./WorkbookService";

/** Without a provider every call says Excel is not available, rather than crashing the pane. */
const reject = () => Promise.reject(new ExcelUnavailableError());
const unavailable: WorkbookService = {
  list: reject,
  preview: reject,
  create: reject,
  generateDashboard: reject,
  generateStatements: reject,
  generateValuesOnlyStatements: reject,
  canOpenStatementFiles: () => false,
  statementFiles: reject,
  programSheets: reject,
  deleteProgram: reject,
  readProgram: reject,
  update: reject,
  readPartnerInputs: reject,
  readSelection: reject,
  watchSelection: reject,
  findIssues: reject,
  selectCell: reject,
  listTables: reject,
  readSourceRange: reject,
};

const WorkbookServiceContext = React.createContext<WorkbookService>(unavailable);

export function WorkbookServiceProvider(props: {
  service: WorkbookService;
  children: React.ReactNode;
}): React.JSX.Element {
  return <WorkbookServiceContext.Provider value={props.service}>{props.children}</WorkbookServiceContext.Provider>;
}

export function useWorkbookService(): WorkbookService {
  return React.useContext(WorkbookServiceContext);
}
