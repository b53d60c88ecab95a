import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { Sidebar } from "@/components/layout/Sidebar";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <div className="flex min-h-screen">
      <Sidebar user={{ id: user.id, name: user.name, role: user.role, email: user.email }} />
      <div className="flex min-w-0 flex-1 flex-col">{children}</div>
    </div>
  );
}
