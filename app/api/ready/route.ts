// GET /api/ready — readiness for load balancers: 200 when the database answers, every migration
// of this build is applied and the scheduler is alive; 503 (with Retry-After) and which check
// failed otherwise. No sign-in; the answer holds check names and codes only (lib/health/).
import { db } from "@/lib/db";
import { databaseUrl, providerOf } from "@/lib/db-adapter";
import { RETRY_AFTER_SECONDS } from "@/lib/errors/database-unavailable";
import { builtMigrations } from "@/lib/health/built-migrations";
import { checkReadiness } from "@/lib/health/check-readiness";
import { schedulerLiveness } from "@/lib/health/scheduler-liveness";
import { readHeartbeat } from "@/lib/scheduler/heartbeat";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkReadiness({
    db,
    expectedMigrations: builtMigrations(providerOf(databaseUrl())),
    scheduler: schedulerLiveness({ heartbeat: readHeartbeat(), disabled: process.env.AUTOMATION_SCHEDULER === "off" }),
  });
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!report.ready) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json(report, { status: report.ready ? 200 : 503, headers });
}
