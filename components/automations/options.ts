/** What the automation editor offers to choose from (read by the page, passed down). */
export interface AutomationOptions {
  pipelines: { id: string; name: string; archived: boolean; stages: { id: string; name: string }[] }[];
  lossReasons: { id: string; label: string; active: boolean }[];
  users: { id: string; name: string }[];
  eventTypes: string[];
}

export const fieldError = (errors: Record<string, string>, path: string) => errors[path];
