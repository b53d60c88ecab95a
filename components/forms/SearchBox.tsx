import { Search } from "lucide-react";
import { controlClass } from "./control-class";

/** A search field with its magnifier icon, for the filter toolbars. */
export function SearchBox(props: { value: string; onChange: (value: string) => void; placeholder: string; label: string; widthClass: string }) {
  return (
    <div className="relative max-w-full">
      <Search size={16} className="pointer-events-none absolute top-2.5 left-2.5 text-slate-400" aria-hidden />
      <input
        type="search"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        aria-label={props.label}
        className={`${controlClass} ${props.widthClass} max-w-full pl-8`}
      />
    </div>
  );
}
