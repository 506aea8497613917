"use client";

import { useEffect } from "react";

/** Tells the server that this issue was read; the page itself stays cached. */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    const body = JSON.stringify({ slug });
    if (!navigator.sendBeacon?.("/api/views", new Blob([body], { type: "application/json" }))) {
      void fetch("/api/views", { method: "POST", body, keepalive: true, headers: { "Content-Type": "application/json" } });
    }
  }, [slug]);
  return null;
}
