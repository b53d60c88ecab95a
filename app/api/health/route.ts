// GET /api/health — liveness for load balancers and orchestrators: the process is up and
// answering. Touches no database (see /api/ready); no sign-in; nothing secret in the answer.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
