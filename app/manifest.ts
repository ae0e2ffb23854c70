import type { MetadataRoute } from "next";
import vi from "@/messages/vi.json";

/**
 * The web app manifest (/manifest.webmanifest), in Vietnamese, the app's first language: what a
 * phone or a browser shows when the app is added to a home screen. The colour is brand-700
 * (app/globals.css), the icons are drawn from app/icon.svg (scripts/render-icons.mjs).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: vi.app.name,
    short_name: vi.app.shortName,
    description: vi.app.tagline,
    lang: "vi",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#174c99",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
