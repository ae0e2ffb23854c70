// A constant answer: the load balancer's liveness probe, and the floor the benchmark compares
// real pages against.
export function GET() {
  return Response.json({ ok: true });
}
