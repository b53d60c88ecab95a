/** The look of every filter control (selects, date and search inputs) in the toolbars. */
export const controlClass =
  "h-9 rounded-lg border border-slate-300 bg-white px-2.5 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none";
