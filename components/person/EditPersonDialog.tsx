"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { EditPersonForm, type EditablePerson } from "./EditPersonForm";

/** The "Edit" button of the person page and its dialog. */
export function EditPersonDialog(props: { person: EditablePerson; users: { id: string; name: string }[]; canChangeOwner: boolean }) {
  const t = useTranslations("people");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="edit-person">
        <Pencil size={15} aria-hidden /> {t("edit")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("form.title")} description={t("form.description")} closeLabel={t("form.close")}>
        {open && <EditPersonForm {...props} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}
