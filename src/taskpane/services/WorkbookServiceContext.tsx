import * as React from "react";
import { ExcelUnavailableError, type WorkbookService } from "./WorkbookService";

/** Without a provider every call says Excel is not available, rather than crashing the pane. */
const unavailable: WorkbookService = {
  list: () => Promise.reject(new ExcelUnavailableError()),
  preview: () => Promise.reject(new ExcelUnavailableError()),
  create: () => Promise.reject(new ExcelUnavailableError()),
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
