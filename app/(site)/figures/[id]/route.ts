import { getCurrentUser } from "@/lib/auth/session";
import { getFigureForServing } from "@/lib/data/figures";

/**
 * A stored figure's image. A figure never changes (a new upload is a new id), so a public one is cached
 * for a year; one of an unpublished issue (for curators, or readers of a preview link: ?preview=<token>)
 * is never stored by any cache.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{1,64}$/i.test(id)) return new Response("Not found", { status: 404 });
  const previewToken = new URL(request.url).searchParams.get("preview");
  const user = await getCurrentUser();
  const figure = await getFigureForServing(id, { actor: user ? { id: user.id, role: user.role } : null, previewToken });
  if (!figure) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(figure.data), {
    headers: {
      "Content-Type": figure.mimeType,
      "Content-Length": String(figure.data.byteLength),
      "Cache-Control": figure.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
    },
  });
}
