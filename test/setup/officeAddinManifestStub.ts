// Stands in for office-addin-manifest, which office-addin-mock imports for one thing only: the
// OfficeApp enum (it compares hosts with OfficeApp.Outlook), so that enum is all this provides.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
