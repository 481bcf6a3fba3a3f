/* The words for a wizard announcement, in the pane's language (the model keeps only what happened). */
import type { Catalog } from "../../i18n/catalog";
import type { Announcement } from "./wizardModel";

export function announcementText(a: Announcement | null, t: Catalog): string {
  if (a === null) return "";
  switch (a.kind) {
    case "kpiAdded":
      return t.wizard.announce.kpiAdded(a.n);
    case "kpiRemoved":
      return t.wizard.announce.kpiRemoved(a.name ?? t.wizard.kpiFallback(a.n));
    case "kpiMoved":
      return t.wizard.announce.kpiMoved(a.name ?? t.wizard.kpiFallback(a.n), a.position, a.count);
    case "tierAdded":
      return t.wizard.announce.tierAdded(a.n);
    case "tierRemoved":
      return t.wizard.announce.tierRemoved(a.n);
    case "tiersPasted":
      return t.wizard.announce.tiersPasted(a.n);
  }
}
